package dev.mycel.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names and street addresses, best effort: found through titles, labels, salutations,
 * signatures, display names, common given names and house-number-plus-street-type shapes.
 * Headings, product names, CI step names and code identifiers are not names.
 */
class NameAndAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Dr. ⟦Emily Watson⟧ will see you.",
        "Dear Mr. ⟦Thompson⟧,",
        "Hello ⟦Priya⟧,\nthanks for the report.",
        "Prof. ⟦Ada Lovelace⟧ and Dr ⟦Alan Turing⟧ met Sir ⟦Tim Berners-Lee⟧.",
        "Ms ⟦Jane O'Neil-Smith⟧, Mr. ⟦Ronald McDonald⟧, Mrs. ⟦Mary-Kate van der Berg⟧",
        "Name: ⟦Wei Zhang⟧",
        "Full name: ⟦Olumide Adeyemi⟧",
        "Customer Name: ⟦Svetlana Ivanova⟧",
        "first_name: ⟦Hiroshi⟧\nlast_name: ⟦Tanaka⟧",
        "{\"name\": \"⟦Sarah Johnson⟧\", \"role\": \"admin\"}",
        "\"patient_name\": \"⟦Kwame Mensah⟧\"",
        "Signed-off-by: ⟦Greg Kroah-Hartman⟧ <gregkh>",
        "Please forward this to ⟦Michael Johnson⟧ when he is back.",
        "Kind regards,\n⟦Elena Petrova⟧",
        "Cheers,\n⟦Dave⟧",
        "Cardholder: ⟦Juan Carlos Rodríguez⟧",
        "Thanks, ⟦Anna⟧",
        "Best regards, ⟦John Smith⟧",
        "Contact ⟦Aarav Patel⟧ or ⟦Chen Wei⟧.",
        "Hi, this is ⟦Grace Liu⟧ from accounts; my name is ⟦Tomasz⟧.",
        "Present: ⟦Hannah Schmidt⟧, ⟦David Okoro⟧\n- ⟦Hannah⟧ sends the report; ⟦David⟧'s desk moved.",
    })
    void finds_names(String marked) {
        Marked.finds(PiiType.NAME, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Address: ⟦1600 Pennsylvania Avenue NW, Washington, DC 20500⟧",
        "Ship to ⟦221B Baker Street, London NW1 6XE⟧ please.",
        "⟦350 Fifth Ave, Suite 3300, New York, NY 10118⟧",
        "Send mail to ⟦PO Box 1234, Springfield, IL 62704⟧.",
        "Wohnhaft in ⟦Hauptstraße 5, 10115 Berlin⟧. Büro: ⟦Karl-Marx-Allee 12⟧.",
        "⟦12 rue de la Paix, 75002 Paris⟧",
        "⟦742 Evergreen Terrace\nSpringfield, OR 97403⟧",
        "at ⟦10 Downing St.⟧ today",
        "meet at ⟦42 West 18th Street⟧ at noon",
    })
    void finds_addresses(String marked) {
        Marked.finds(PiiType.ADDRESS, marked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "jobs:\n  test:\n    steps:\n      - name: Run Tests\n      - name: Set Up Python\n",
        "name: my-service\nversion: 1.4.2",
        "{\"name\": \"Widget Pro\", \"price\": 19.99}",
        "The Quick Brown Fox Jumps Over The Lazy Dog",
        "Microsoft Teams, Google Cloud Platform and Amazon Web Services",
        "Hello World! Dear Sir or Madam, Hi Team, Thanks Everyone",
        "class UserService extends BaseService implements JsonSerializable",
        "New York Times, Washington Post, Wall Street Journal",
        "Chapter 3 Results, Section 4 Discussion, Table 2 Summary",
        "We shipped 3 Main features and 5 Way better docs",
        "Victoria Station and Jordan River",
        "In 2019 the team grew to 45 people on 3 continents.",
    })
    void leaves_capitalised_words_that_are_not_people_or_places(String text) {
        Marked.clean(text);
    }
}
