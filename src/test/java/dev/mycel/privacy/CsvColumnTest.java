package dev.mycel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tables whose header says which column holds names, birth dates, SSNs, addresses or phone numbers. */
class CsvColumnTest {

    @Test
    void csv_columns_mark_cells_that_alone_would_not_be_found() {
        String csv = "id,full_name,dob,ssn,street_address,phone\n"
                + "1,Xiang Li,1985-03-12,078051120,\"12 Oak Rd, Apt 4\",4155550132\n"
                + "2,\"Okafor, Chidi\",03/14/1982,219-09-9999,9 Elm Close,(646) 555 0123\n";
        assertThat(Marked.show(csv, Marked.REDACTOR.findings(csv))).map(f -> f.replaceAll(" @\\d+$", "")).containsExactly(
                "NAME «Xiang Li»",
                "DATE_OF_BIRTH «1985-03-12»",
                "SSN «078051120»",
                "ADDRESS «12 Oak Rd, Apt 4»",
                "PHONE «4155550132»",
                "NAME «Okafor, Chidi»",
                "DATE_OF_BIRTH «03/14/1982»",
                "SSN «219-09-9999»",
                "ADDRESS «9 Elm Close»",
                "PHONE «(646) 555 0123»");
    }

    @Test
    void tab_semicolon_and_markdown_tables_work_too() {
        assertThat(Marked.values(PiiType.NAME, "name\temail\nAna Souza\tana@example.com\n")).containsExactly("Ana Souza");
        assertThat(Marked.values(PiiType.DATE_OF_BIRTH, "Name;Birthdate\nLuca Bianchi;02.11.1990\n")).containsExactly("02.11.1990");
        String md = "| Name | DOB |\n|------|-----|\n| Aiko Sato | 1992-08-30 |\n";
        assertThat(Marked.values(PiiType.NAME, md)).containsExactly("Aiko Sato");
        assertThat(Marked.values(PiiType.DATE_OF_BIRTH, md)).containsExactly("1992-08-30");
    }

    @Test
    void a_bare_name_column_needs_a_personal_column_beside_it() {
        Marked.clean("id,name,price\n1,Widget Pro,19.99\n2,Gadget Max,29.99\n");
        assertThat(Marked.values(PiiType.NAME, "id,name,email\n1,Tomás Ortega,t@example.com\n")).containsExactly("Tomás Ortega");
    }

    @Test
    void cells_must_still_look_like_their_column() {
        Marked.clean("id,dob,ssn\n1,unknown,n/a\n2,,\n");
    }

    @Test
    void the_table_ends_at_a_blank_line_or_a_row_of_another_width() {
        String text = "name,dob\nAna Lima,1990-01-02\n\nRelease,2024-01-02\n";
        assertThat(Marked.values(PiiType.DATE_OF_BIRTH, text)).containsExactly("1990-01-02");
    }
}
