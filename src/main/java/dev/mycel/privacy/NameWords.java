package dev.mycel.privacy;

import java.util.Set;

/**
 * The vocabulary the name heuristics lean on: titles, salutations, common given names that
 * are not also ordinary words (no May, Will, Grant or Austin), and capitalised words that
 * follow a given name without being a surname ({@code Street}, {@code Monday}, {@code Inc}).
 */
final class NameWords {
    static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir",
            "Dame", "Lady", "Lord", "Rev", "Fr", "Capt", "Sgt", "Lt", "Col", "Gen", "Hon", "Judge", "Madam", "Mme",
            "Mlle", "Herr", "Frau", "Sra", "Srta", "Doña", "Señor", "Señora", "Monsieur", "Madame");

    static final Set<String> SALUTATIONS = Set.of("Dear", "Hi", "Hello", "Hey", "Greetings", "Attn", "Thanks",
            "Thank");

    static final Set<String> NOT_NAMES = Set.of("Sir", "Madam", "Team", "All", "Everyone", "There", "Customer",
            "Customers", "Friend", "Friends", "Colleague", "Colleagues", "Valued", "Hiring", "Manager", "Support",
            "Folks", "Guys", "Members", "Member", "Parents", "Students", "World", "User", "Users", "Admin", "Sirs",
            "Reader", "Readers", "Partner", "Partners", "Client", "Applicant", "Candidate", "Committee", "Board",
            "Human", "Recruiter", "Neighbor", "Neighbour", "Again", "You", "Sales", "Service", "Staff", "Editor",
            "Mom", "Dad", "Mum", "Both", "Me", "Us", "Them", "For", "So", "Much", "None", "Null", "True",
            "False", "Nil", "Undefined", "Unknown", "Anonymous", "Default", "Test", "Example", "Sample");

    static final Set<String> NOT_SURNAMES = Set.of("The", "And", "Or", "Of", "In", "On", "At", "To", "For", "With",
            "By", "From", "Is", "Are", "Was", "Were", "Has", "Had", "Will", "Can", "Said", "Says", "Street", "St",
            "Avenue", "Ave", "Road", "Rd", "Lane", "Drive", "Boulevard", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Inc", "Ltd", "Llc", "Corp", "Company", "University",
            "College", "School", "Hospital", "Bank", "Group", "Team", "Foundation", "Institute", "Center", "Centre",
            "Park", "City", "County", "State", "River", "Lake", "Mountain", "Island", "Bay", "Beach", "Hotel",
            "Airport", "Station", "Church", "Hall", "House", "Library", "Museum", "Press", "Books", "Records",
            "Studios", "Media", "News", "Times", "Post", "Journal", "Class", "Function", "Object", "String",
            "Thanks", "Regards", "Here", "Again", "Please", "Yes", "No", "Dear", "Hi", "Hello", "Day", "Award",
            "Prize", "Memorial", "Fund", "Trust", "Society", "Association", "Club", "Cup", "Tower", "Bridge");

    static final Set<String> GIVEN = Set.of(
            // English-speaking countries, most common first
            "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
            "Christopher", "Daniel", "Matthew", "Anthony", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth",
            "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary",
            "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel",
            "Gregory", "Alexander", "Patrick", "Raymond", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam",
            "Nathan", "Henry", "Douglas", "Zachary", "Peter", "Kyle", "Ethan", "Walter", "Noah", "Jeremy", "Keith",
            "Roger", "Terry", "Gerald", "Harold", "Sean", "Carl", "Arthur", "Lawrence", "Dylan", "Jesse", "Bryan",
            "Billy", "Joe", "Bruce", "Gabriel", "Logan", "Albert", "Willie", "Alan", "Juan", "Wayne", "Elijah",
            "Randy", "Roy", "Vincent", "Ralph", "Eugene", "Russell", "Bobby", "Mason", "Philip", "Louis", "Liam",
            "Oliver", "Lucas", "Aiden", "Carlos", "Luis", "Miguel", "Antonio", "Tom", "Tim", "Mike", "Dave", "Steve",
            "Chris", "Matt", "Andy", "Jim", "Bob", "Ben", "Sam", "Alex", "Nick", "Tony", "Greg", "Jeff", "Harry",
            "Charlie", "Oscar", "Leo", "Max", "Simon", "Ian", "Colin", "Graham", "Neil", "Martin", "Howard", "Hugh",
            "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
            "Lisa", "Nancy", "Betty", "Sandra", "Margaret", "Ashley", "Kimberly", "Emily", "Donna", "Michelle",
            "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Dorothy", "Rebecca", "Sharon", "Laura", "Cynthia",
            "Amy", "Kathleen", "Angela", "Shirley", "Brenda", "Emma", "Anna", "Pamela", "Nicole", "Samantha",
            "Katherine", "Christine", "Helen", "Debra", "Rachel", "Carolyn", "Janet", "Maria", "Catherine", "Heather",
            "Diane", "Olivia", "Julie", "Joyce", "Victoria", "Ruth", "Lauren", "Kelly", "Christina", "Joan", "Evelyn",
            "Judith", "Andrea", "Hannah", "Megan", "Cheryl", "Jacqueline", "Martha", "Madison", "Teresa", "Gloria",
            "Sara", "Janice", "Ann", "Anne", "Kathryn", "Abigail", "Sophia", "Frances", "Jean", "Alice", "Judy",
            "Isabella", "Julia", "Amber", "Denise", "Danielle", "Marilyn", "Beverly", "Charlotte", "Natalie",
            "Theresa", "Diana", "Brittany", "Doris", "Kayla", "Alexis", "Lori", "Marie", "Ava", "Mia", "Chloe", "Zoe",
            "Ella", "Claire", "Sophie", "Lucy", "Kate", "Jane", "Jenny", "Susie", "Sally", "Wendy", "Fiona", "Rita",
            "Tina", "Nina", "Eva", "Ellen", "Emilia", "Amelia", "Isla", "Freya", "Poppy", "Ruby", "Ivy", "Nora",
            "Hazel", "Violet", "Aurora", "Stella", "Mateo", "Owen", "Caleb", "Isaac", "Luke",
            "Connor", "Evan", "Jayden", "Julian", "Levi", "Hudson", "Lincoln", "Eli", "Ezra", "Miles", "Declan",
            // elsewhere
            "Ahmed", "Mohammed", "Muhammad", "Mohamed", "Ali", "Omar", "Hassan", "Hussein", "Yusuf", "Ibrahim",
            "Fatima", "Aisha", "Leila", "Layla", "Zainab", "Mariam", "Raj", "Rahul", "Amit", "Arjun", "Vikram",
            "Sanjay", "Ravi", "Anil", "Sunil", "Deepak", "Priya", "Ananya", "Aditi", "Pooja", "Neha", "Divya",
            "Kavya", "Wei", "Li", "Jing", "Xiao", "Ming", "Hiroshi", "Kenji", "Takashi", "Yuki", "Haruto", "Sakura",
            "Yui", "Mei", "Ji-woo", "Min-jun", "Seo-yeon", "Sergei", "Dmitri", "Ivan", "Olga", "Natasha", "Svetlana",
            "Pierre", "Jacques", "François", "Camille", "Chloé", "Élodie", "Hans", "Klaus", "Jürgen", "Stefan",
            "Wolfgang", "Ursula", "Heike", "Marco", "Giovanni", "Luca", "Giulia", "Chiara", "Francesca", "Alessandro",
            "Pablo", "Diego", "Javier", "Alejandro", "Carmen", "Lucia", "Rosa", "Ana", "Isabel", "Marta", "Elena",
            "Sofia", "Lars", "Sven", "Erik", "Anders", "Ingrid", "Astrid", "Greta", "Piotr", "Tomasz", "Katarzyna",
            "Agnieszka", "João", "Tiago", "Beatriz", "Mariana", "Kwame", "Kofi", "Chinedu", "Ngozi", "Oluwaseun",
            "Thabo", "Nomvula", "Emeka", "Amara",
            "Aarav", "Vivaan", "Aditya", "Ishaan", "Rohan", "Karan", "Nikhil", "Sneha", "Anjali", "Riya", "Meera",
            "Lakshmi", "Suresh", "Ramesh", "Ganesh", "Kiran", "Arun", "Vijay", "Manish", "Sunita", "Rekha",
            "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Lin",
            "José", "María", "Jorge", "Fernando", "Ricardo", "Eduardo", "Gabriela", "Valentina", "Camila", "Daniela",
            "Alejandra", "Andrés", "Santiago", "Sebastián", "Nicolás", "Lucía", "Paula", "Sergio", "Raúl", "Manuel",
            "Yasmin", "Noor", "Karim", "Khalid", "Tariq", "Samir", "Nadia", "Rania", "Amir", "Youssef", "Mustafa",
            "Chidi", "Adaeze", "Tunde", "Femi", "Kemi", "Zanele", "Sipho", "Abena", "Chiamaka", "Olumide",
            "Anja", "Katja", "Lukas", "Felix", "Maximilian", "Jonas", "Lena", "Lea", "Clara", "Julien", "Antoine",
            "Mathieu", "Nicolas", "Théo", "Hugo", "Manon", "Léa", "Inès", "Giuseppe", "Matteo", "Lorenzo",
            "Federico", "Alessia", "Martina", "Ewa", "Zofia", "Magdalena", "Jakub", "Mateusz", "Bartosz", "Oksana",
            "Andriy", "Olena", "Mikhail", "Aleksandr", "Anastasia", "Ekaterina", "Tatiana", "Nikolai", "Sota",
            "Hina", "Yuto", "Riku", "Haruka", "Takumi", "Daiki", "Jiho", "Seojun",
            "Adrian", "Aidan", "Alexandra", "Alison", "Allison", "Arnold", "Beth", "Bethany", "Bradley", "Caroline",
            "Cassandra", "Cody", "Courtney", "Craig", "Curtis", "Darren", "Derek", "Dominic", "Edwin", "Eleanor",
            "Elaine", "Elise", "Erica", "Erin", "Gavin", "Gordon", "Heidi", "Irene", "Jared", "Jasmine", "Jenna",
            "Jill", "Joanna", "Jocelyn", "Joel", "Jonah", "Josephine", "Justine", "Karl", "Katie", "Kristen",
            "Kristin", "Leah", "Leslie", "Lindsay", "Lloyd", "Lorraine", "Louise", "Lydia", "Marcus", "Marion",
            "Marissa", "Marvin", "Maureen", "Melanie", "Miranda", "Molly", "Monica", "Nathaniel", "Norman", "Phoebe",
            "Renee", "Rhonda", "Rodney", "Roland", "Rosemary", "Sabrina", "Sheila", "Sonia", "Spencer", "Stacy",
            "Stanley", "Stuart", "Suzanne", "Sylvia", "Tamara", "Tanya", "Theodore", "Tiffany", "Todd", "Travis",
            "Trevor", "Valerie", "Vanessa", "Vernon", "Veronica", "Vivian", "Wesley", "Whitney", "Yvonne");

    private NameWords() {
    }
}
