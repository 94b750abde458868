package dev.mycel.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PEM private key blocks (plain, inside JSON, cut off) and JWTs; public keys, certificates and dotted words are left. */
class PrivateKeyAndJwtTest {
    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
            + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    @ParameterizedTest
    @ValueSource(strings = {
        "key:\n⟦-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA1234abcd\nZm9vYmFy==\n-----END RSA PRIVATE KEY-----⟧\nrest",
        "⟦-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----⟧",
        "⟦-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg\n-----END EC PRIVATE KEY-----⟧",
        "⟦-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0w\n-----END ENCRYPTED PRIVATE KEY-----⟧",
        "⟦-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF0abc\n-----END PGP PRIVATE KEY BLOCK-----⟧",
        "{\"private_key\": \"⟦-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----⟧\\n\"}",
        "pasted half a key: ⟦-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7⟧\n\nand then gave up",
    })
    void finds_private_keys(String marked) {
        Marked.finds(PiiType.PRIVATE_KEY, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "token=⟦" + JWT + "⟧",
        "Authorization: Bearer ⟦" + JWT + "⟧",
        "cookie session=⟦" + JWT + "⟧; Path=/",
        "unsigned ⟦eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.⟧ accepted?",
    })
    void finds_jwts(String marked) {
        Marked.finds(PiiType.JWT, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----",
        "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\n-----END CERTIFICATE-----",
        "they.said.hello and eyes.open.wide and eyJub3QiOiJhIGp3dCJ9.eyJ4IjoxfQ.c2ln (header has no alg)",
        "package com.example.app.service.impl;",
    })
    void leaves_public_material(String text) {
        Marked.clean(text);
    }
}
