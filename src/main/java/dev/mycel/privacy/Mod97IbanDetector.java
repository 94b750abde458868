package dev.mycel.privacy;

import java.util.List;
import java.util.Map;

/**
 * IBANs: a country code, two check digits and the national account number, compact or in
 * groups split by single spaces, with exactly the length that country uses and a remainder
 * of 1 modulo 97 (ISO 13616), so a random code-like token almost never passes.
 */
final class Mod97IbanDetector implements Detector {
    /** IBAN lengths per country, from the SWIFT IBAN registry. */
    private static final Map<String, Integer> LENGTHS = lengths(
            "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 "
            + "EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 "
            + "IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 "
            + "MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 "
            + "SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30");

    @Override
    public void find(Scanned text, List<Span> out) {
        String s = text.raw();
        int resume = 0;
        for (int k = 0; k < text.capitalCount(); k++) {
            int i = text.capital(k);
            if (i < resume || i + 4 > s.length() || !upper(s.charAt(i)) || !upper(s.charAt(i + 1))
                    || !Scanned.isDigit(s.charAt(i + 2)) || !Scanned.isDigit(s.charAt(i + 3))) {
                continue;
            }
            Integer length = LENGTHS.get(s.substring(i, i + 2));
            int end = length == null ? -1 : match(s, i, length);
            if (end > 0) {
                out.add(new Span(PiiType.IBAN, i, end));
                resume = end;
            }
        }
    }

    /** The end of an IBAN of {@code length} characters starting at {@code start}, or -1. */
    private static int match(String s, int start, int length) {
        StringBuilder iban = new StringBuilder(length);
        int i = start;
        while (i < s.length() && iban.length() < length) {
            char c = s.charAt(i);
            if (Scanned.isDigit(c) || upper(c)) {
                iban.append(c);
                i++;
            } else if (c == ' ' && i + 1 < s.length() && iban.length() >= 4 && iban.length() % 4 == 0) {
                i++; // printed form: groups of four
            } else {
                return -1;
            }
        }
        if (iban.length() < length || i < s.length() && Scanned.isWord(s.charAt(i))) {
            return -1;
        }
        return mod97(iban) == 1 ? i : -1;
    }

    /** The IBAN check: country and check digits moved to the end, letters as 10..35, modulo 97. */
    static int mod97(CharSequence iban) {
        int r = 0;
        for (int k = 0; k < iban.length(); k++) {
            char c = iban.charAt((k + 4) % iban.length());
            int v = Scanned.isDigit(c) ? c - '0' : c - 'A' + 10;
            r = v >= 10 ? (r * 100 + v) % 97 : (r * 10 + v) % 97;
        }
        return r;
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static Map<String, Integer> lengths(String table) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (String entry : table.split(" ")) {
            m.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
        }
        return Map.copyOf(m);
    }
}
