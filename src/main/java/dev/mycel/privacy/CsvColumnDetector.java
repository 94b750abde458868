package dev.mycel.privacy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PII known by its column: in CSV, TSV, semicolon and Markdown tables, a header such as
 * {@code name,dob,ssn,address} says what each cell below it is, even where the cell alone
 * ({@code Jane Smith}, {@code 1985-03-12}, {@code 078051120}) would not be recognised. Each
 * cell must still look like its type. A bare {@code name} column counts only when the table
 * also has a personal column (e-mail, phone, birth date…), so {@code id,name,price} stays a price list.
 */
final class CsvColumnDetector implements Detector {
    private static final Map<String, PiiType> COLUMNS = columns();
    private static final Set<String> PERSONAL = Set.of("email", "e_mail", "email_address", "phone", "dob", "ssn",
            "address", "gender", "sex", "age", "date_of_birth", "birth_date", "birthdate", "mobile", "first_name",
            "last_name", "surname", "zip", "postcode", "salary", "patient_id", "employee_id", "customer_id");
    private static final int MAX_HEADER = 2000;
    private static final String[] HINTS = {"name", "address", "street", "dob", "birth", "ssn", "social", "phone",
        "mobile", "tel"};

    @Override
    public void find(Scanned text, List<Span> out) {
        String s = text.raw();
        Set<Integer> tried = new java.util.HashSet<>();
        for (String hint : HINTS) {
            for (int at : text.hits(hint)) {
                int newline = Scanned.lastIndexOf(s, '\n', at - MAX_HEADER, at);
                int lineStart = newline + 1;
                if ((newline >= 0 || at < MAX_HEADER) && tried.add(lineStart)) {
                    table(s, lineStart, out);
                }
            }
        }
    }

    @Override
    public Set<String> keywords() {
        return Set.of(HINTS);
    }

    private static void table(String s, int headerStart, List<Span> out) {
        int headerEnd = Scanned.indexOf(s, '\n', headerStart, headerStart + MAX_HEADER);
        if (headerEnd < 0 && s.length() - headerStart > MAX_HEADER) {
            return; // a header is one short line
        }
        headerEnd = lineEnd(s, headerStart);
        String header = s.substring(headerStart, headerEnd);
        char delimiter = delimiter(header);
        if (delimiter == 0) {
            return;
        }
        List<int[]> names = TableCells.split(s, headerStart, headerEnd, delimiter);
        Map<Integer, PiiType> wanted = wanted(s, names);
        if (wanted.isEmpty()) {
            return;
        }
        int row = headerEnd + 1;
        while (row < s.length()) {
            int end = lineEnd(s, row);
            if (s.substring(row, end).isBlank()) {
                return;
            }
            List<int[]> cells = TableCells.split(s, row, end, delimiter);
            if (!TableCells.rule(s, row, end)) {
                if (cells.size() != names.size()) {
                    return;
                }
                for (Map.Entry<Integer, PiiType> column : wanted.entrySet()) {
                    int[] cell = cells.get(column.getKey());
                    if (cell[1] > cell[0] && TableCells.looksLike(column.getValue(), s.substring(cell[0], cell[1]))) {
                        out.add(new Span(column.getValue(), cell[0], cell[1]));
                    }
                }
            }
            row = end + 1;
        }
    }

    /** The PII columns of a header row, or none when the row is not a header. */
    private static Map<Integer, PiiType> wanted(String s, List<int[]> names) {
        Map<Integer, PiiType> wanted = new HashMap<>();
        if (names.size() < 2) {
            return wanted;
        }
        boolean personal = false;
        int bareName = -1;
        for (int k = 0; k < names.size(); k++) {
            String cell = s.substring(names.get(k)[0], names.get(k)[1]);
            if (cell.isEmpty() || cell.length() > 40 || !Character.isLetter(cell.charAt(0))) {
                return Map.of(); // a header names its columns; this is data
            }
            String key = SecretKeyNames.snakeCase(cell);
            personal |= PERSONAL.contains(key) || key.contains("email") || key.contains("phone");
            PiiType type = COLUMNS.get(key);
            if (key.equals("name")) {
                bareName = k;
            } else if (type != null) {
                wanted.put(k, type);
            }
        }
        if (bareName >= 0 && personal) {
            wanted.put(bareName, PiiType.NAME);
        }
        return wanted;
    }

    private static char delimiter(String line) {
        char best = 0;
        int most = 0;
        for (char d : new char[] {'\t', ',', ';', '|'}) {
            int count = 0;
            for (int i = 0; i < line.length(); i++) {
                count += line.charAt(i) == d ? 1 : 0;
            }
            if (count > most) {
                most = count;
                best = d;
            }
        }
        return best;
    }

    private static int lineEnd(String s, int from) {
        int end = s.indexOf('\n', from);
        end = end < 0 ? s.length() : end;
        return end > from && s.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private static Map<String, PiiType> columns() {
        Map<String, PiiType> m = new HashMap<>();
        for (String k : List.of("full_name", "fullname", "first_name", "firstname", "last_name", "lastname", "surname",
                "given_name", "family_name", "middle_name", "customer", "customer_name", "client_name", "contact_name",
                "employee_name", "patient_name", "cardholder", "cardholder_name", "holder_name", "person", "owner_name",
                "account_holder", "student_name", "member_name", "guest_name", "recipient", "recipient_name",
                "sender_name", "emergency_contact", "patient", "employee", "contact", "name_on_card")) {
            m.put(k, PiiType.NAME);
        }
        for (String k : List.of("address", "street", "street_address", "address1", "address_1", "address_line_1",
                "address_line1", "addr", "home_address", "mailing_address", "billing_address", "shipping_address",
                "residential_address", "postal_address")) {
            m.put(k, PiiType.ADDRESS);
        }
        for (String k : List.of("dob", "date_of_birth", "birth_date", "birthdate", "birthday", "born", "d_o_b")) {
            m.put(k, PiiType.DATE_OF_BIRTH);
        }
        for (String k : List.of("ssn", "social_security_number", "social_security", "ss_number", "social_security_no")) {
            m.put(k, PiiType.SSN);
        }
        for (String k : List.of("phone", "phone_number", "telephone", "tel", "mobile", "cell", "mobile_number",
                "cell_phone", "home_phone", "work_phone", "contact_number", "phone_no")) {
            m.put(k, PiiType.PHONE);
        }
        return Map.copyOf(m);
    }
}
