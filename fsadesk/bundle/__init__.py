"""Signed report bundles (.fsab): keys, building, verification and optional encryption.

Import from the modules (kept out of this file so that importing the light ones, such as
`errors` for the command line, does not load cryptography):

    keys      signing key pair, fingerprint, enrolment files and trust folders
    build     build_bundle(), bundle_bytes(), preview(), BundleInfo
    verify    verify_bundle(), verify_bytes(), VerifiedBundle
    encrypt   optional age encryption for transport (pyrage)
    errors    BundleError and its subclasses, one per failure
    spec      format constants and limits (docs/bundle-format.md is the prose version)
"""
