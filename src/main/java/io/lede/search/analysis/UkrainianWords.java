package io.lede.search.analysis;

/** Ukrainian analysis the engines lack without a plugin: stop words and a light stemmer. */
final class UkrainianWords {

    static final String[] STOP_WORDS = ("а або аж але б би бо був була були було бути в вам вас ви від він вона "
            + "вони воно все всі вже да де для до є ж же з за зі і із й її їй їх інших їм к коли ми мені мене "
            + "мій на над нам нас наш не нею ним них ні ну о об от по при про с та так там те теж ти то тобі "
            + "тож той ту тут у цей ці це цього цю ця чи що щоб як яка які якщо я").split(" ");

    /**
     * The commonest noun and adjective endings of case and number (Ukrainian inflects by suffix), removed after at
     * least three letters so that short words stay whole. Alternatives are tried at the leftmost position first,
     * so "-ього" wins over "-о".
     */
    static final String INFLECTION_ENDING = "(?<=\\p{L}{3})(?:ами|ями|ові|еві|ього|ьому|ого|ому|ими|іми|ах|ях"
            + "|ам|ям|ом|ем|ою|ею|єю|ій|ий|ої|их|іх|ів|а|я|у|ю|і|ї|и|е|є|о|ь|й)$";

    private UkrainianWords() {
    }
}
