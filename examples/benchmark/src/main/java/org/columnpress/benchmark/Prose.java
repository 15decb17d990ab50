package org.columnpress.benchmark;

import java.util.List;
import java.util.Random;

/**
 * Sentences in Dutch or English built from word lists, so that hyphenation, line breaking and kerning
 * meet real words of real lengths (no lorem ipsum). Deterministic for a given {@link Random}.
 */
final class Prose {

    private static final Vocabulary NL = new Vocabulary(
            List.of("de buurman", "mijn moeder", "de gemeenteraad", "een conducteur", "het kabinet",
                    "de bakker op de hoek", "onze redactie", "een verzekeringsagent", "de schoolleiding",
                    "een oude vriend", "de wethouder", "het waterschap", "de fietsenmaker", "mijn dochter"),
            List.of("vergeet", "verdedigt", "ontdekt", "vergadert over", "bewondert", "onderschat",
                    "herinnert zich", "verkoopt", "repareert", "bespreekt", "negeert", "verzamelt"),
            List.of("de dienstregeling", "het bestemmingsplan", "een verjaardagstaart",
                    "de belastingaangifte", "het fietspad", "de ochtendkrant", "een parkeervergunning",
                    "de verwarmingsketel", "het jaarverslag", "een boodschappenlijstje", "de regenjas",
                    "de voetbaluitslagen", "het verkiezingsprogramma", "de koffieautomaat"),
            List.of("op dinsdagochtend", "zonder enige aarzeling", "in de stromende regen",
                    "tot ieders verbazing", "na lang overleg", "met de beste bedoelingen",
                    "vlak voor sluitingstijd", "ondanks alle waarschuwingen", "in het weekend",
                    "tegen beter weten in"),
            List.of("Eerlijk gezegd", "Natuurlijk", "Toch", "Intussen", "Vanzelfsprekend", "Gisteren",
                    "Achteraf gezien", "Overigens"));

    private static final Vocabulary EN = new Vocabulary(
            List.of("my neighbour", "the town council", "a ticket inspector", "the government",
                    "the baker on the corner", "our editor", "an insurance salesman", "the headmaster",
                    "an old friend", "the alderman", "the water board", "the bicycle mechanic", "my daughter"),
            List.of("forgets", "defends", "discovers", "argues about", "admires", "underestimates",
                    "remembers", "sells", "repairs", "discusses", "ignores", "collects"),
            List.of("the timetable", "the zoning plan", "a birthday cake", "the tax return",
                    "the cycle path", "the morning paper", "a parking permit", "the central heating",
                    "the annual report", "a shopping list", "the raincoat", "the football results",
                    "the election manifesto", "the coffee machine"),
            List.of("on a Tuesday morning", "without any hesitation", "in the pouring rain",
                    "to everyone's surprise", "after long deliberation", "with the best of intentions",
                    "just before closing time", "despite every warning", "at the weekend",
                    "against better judgement"),
            List.of("Frankly", "Of course", "Still", "Meanwhile", "Naturally", "Yesterday", "In hindsight",
                    "Incidentally"));

    private final Random random;
    private final List<Person> people;

    Prose(Random random) {
        this(random, List.of());
    }

    /**
     * @param people who may do things in the sentences (one subject in six, by full name or surname): the
     *               names an index lists. Without people, the same random draws as before
     */
    Prose(Random random, List<Person> people) {
        this.random = random;
        this.people = List.copyOf(people);
    }

    /** Someone the columns name: "Anna Oosterveld", or just "Oosterveld". */
    record Person(String first, String surname) {
        String fullName() {
            return first + " " + surname;
        }
    }

    /** One sentence; now and then a word set in *emphasis* or **strong**. */
    String sentence(String language) {
        Vocabulary words = "nl".equals(language) ? NL : EN;
        StringBuilder text = new StringBuilder();
        if (random.nextInt(4) == 0) {
            text.append(pick(words.openers())).append(", ");
            text.append(subject(words)).append(' ');
        } else {
            text.append(capitalise(subject(words))).append(' ');
        }
        text.append(pick(words.verbs())).append(' ');
        String object = pick(words.objects());
        int mark = random.nextInt(12);
        text.append(mark == 0 ? "*" + object + "*" : mark == 1 ? "**" + object + "**" : object);
        if (random.nextBoolean()) {
            text.append(' ').append(pick(words.adjuncts()));
        }
        return text.append(random.nextInt(10) == 0 ? "?" : ".").toString();
    }

    /** A paragraph of three to seven sentences. */
    String paragraph(String language) {
        StringBuilder text = new StringBuilder(sentence(language));
        int count = 3 + random.nextInt(5);
        for (int i = 1; i < count; i++) {
            text.append(' ').append(sentence(language));
        }
        return text.toString();
    }

    /** A short title: an object, capitalised. */
    String title(String language) {
        Vocabulary words = "nl".equals(language) ? NL : EN;
        return capitalise(pick(words.objects()));
    }

    String adjunct(String language) {
        return pick(("nl".equals(language) ? NL : EN).adjuncts());
    }

    private String subject(Vocabulary words) {
        if (!people.isEmpty() && random.nextInt(6) == 0) {
            Person person = people.get(random.nextInt(people.size()));
            return random.nextBoolean() ? person.fullName() : person.surname();
        }
        return pick(words.subjects());
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private record Vocabulary(List<String> subjects, List<String> verbs, List<String> objects,
            List<String> adjuncts, List<String> openers) {
    }
}
