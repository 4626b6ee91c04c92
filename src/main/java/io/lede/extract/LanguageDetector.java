package io.lede.extract;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the language of a text as an ISO 639-1 code ({@code en}, {@code ru}, {@code uk} ...), or nothing when the
 * text does not show it clearly: no language is better than a wrong one.
 * <p>
 * Two steps, on the first {@value #SAMPLE} characters only:
 * <ol>
 * <li>the writing system that holds most letters. Many name their language outright (Greek, Hebrew, Thai,
 * Georgian, Korean Hangul ...); Han is Japanese when kana come with it, else Chinese;</li>
 * <li>for the writing systems that many languages share (Latin, Cyrillic, Arabic, Devanagari): the words each
 * language writes most, its function words ("the", "und", "что", "що" ...), which make up a good part of any
 * running text (a third of English prose for the few dozen listed here). A word that several languages write
 * counts for each of them by a share. Letters that few languages use add a little, capped (Ukrainian і ї є ґ, Russian ы э ё, Polish ł ą ę, German ß ...).</li>
 * </ol>
 * The best language must have enough evidence: a minimum score, function words making up a minimum share of the
 * words (an unlisted language, a list of names or a table shows few), and a clear lead over the runner-up (Danish
 * against Norwegian, Czech against Slovak may be too close to call in a short text).
 * <p>
 * Why our own class rather than a library: the detector among the packages at hand,
 * {@code com.optimaize.languagedetector} 0.6 (which Tika's language detection wraps too), is unmaintained since
 * 2016, pulls Guava and loads megabytes of n-gram profiles at start. News articles are long running
 * texts, for which function words suffice; this class has no dependency, needs no start-up, and is cheap enough to
 * run on every page (tens of microseconds a text, about 1% of an extraction's time; measured with
 * {@code LanguageEvaluation} in the tests). Deterministic; its tables are filled once when the class loads and only
 * read after, so it is safe from any thread.
 */
public final class LanguageDetector {

    /** Characters read: a few paragraphs are plenty, and the cost stays flat for long texts. */
    static final int SAMPLE = 4_000;
    /** Fewer letters than this (a title alone, a caption) say too little. */
    private static final int MIN_LETTERS = 20;
    private static final double MIN_SCORE = 2;
    /** Different function words seen: a single frequent word (Swahili "ya" is also Spanish) is no proof. */
    private static final int MIN_DISTINCT = 3;
    /** Share of the words that must be the language's function words. */
    private static final double MIN_SHARE = 0.06;
    /** The best language's score against the runner-up's. */
    private static final double MIN_LEAD = 1.4;
    private static final double HINT_WEIGHT = 0.5;
    private static final double MAX_HINTS = 3;

    /** Writing systems that few languages besides the one named use, or whose other users we do not tell apart. */
    private static final Map<UnicodeScript, String> SCRIPT_LANGUAGES = new EnumMap<>(Map.ofEntries(
            Map.entry(UnicodeScript.GREEK, "el"),
            Map.entry(UnicodeScript.HEBREW, "he"),
            Map.entry(UnicodeScript.THAI, "th"),
            Map.entry(UnicodeScript.GEORGIAN, "ka"),
            Map.entry(UnicodeScript.ARMENIAN, "hy"),
            Map.entry(UnicodeScript.BENGALI, "bn"),
            Map.entry(UnicodeScript.TAMIL, "ta"),
            Map.entry(UnicodeScript.TELUGU, "te"),
            Map.entry(UnicodeScript.KANNADA, "kn"),
            Map.entry(UnicodeScript.MALAYALAM, "ml"),
            Map.entry(UnicodeScript.GUJARATI, "gu"),
            Map.entry(UnicodeScript.GURMUKHI, "pa"),
            Map.entry(UnicodeScript.SINHALA, "si"),
            Map.entry(UnicodeScript.KHMER, "km"),
            Map.entry(UnicodeScript.LAO, "lo"),
            Map.entry(UnicodeScript.MYANMAR, "my"),
            Map.entry(UnicodeScript.ETHIOPIC, "am")));

    private static final int SCRIPT_COUNT = UnicodeScript.values().length;
    private static final List<String> CODES = new ArrayList<>();
    private static final List<UnicodeScript> SCRIPTS = new ArrayList<>();
    /** Function words, each with the languages (indexes into CODES) that write it. */
    private static final Map<String, Word> WORDS = new HashMap<>();
    /** A telling letter: the languages that use it. */
    private static final Map<Integer, int[]> HINTS = new HashMap<>();
    private static int longestWord;

    static {
        UnicodeScript latin = UnicodeScript.LATIN;
        language("en", latin, "", "the of and to a in is that for it was on with as are be by this at from have has "
                + "had not but or an they which his her their were been will would there its we he she you i can "
                + "about more one all also said who what when after than into out up new our them these those could "
                + "should may");
        language("de", latin, "ß", "der die das und ist nicht ein eine einen einem einer zu den dem des von mit sich "
                + "auf für im auch es als an er sie wir ich wird werden wurde hat haben sind bei nach aus oder noch "
                + "wie aber nur so vor über um am zum zur war dass daß kann durch mehr diese dieser dieses schon sein "
                + "seine ihre ihr man wenn sei gegen");
        language("fr", latin, "", "le la les de des du et est un une en que qui dans pour pas sur au aux par plus ne "
                + "se ce il elle sont avec ont été a son sa ses mais ou où comme nous vous leur leurs cette être fait "
                + "aussi tout tous selon lors entre sans sous après avait était l' d' qu' n' s' c' j' m'");
        language("es", latin, "ñ", "el la los las de del y que en un una es por con para no se su sus al lo como más "
                + "pero fue ha han son está están este esta estos entre sobre también muy ya cuando desde hasta todo "
                + "sin donde porque según hay era ser tiene le les");
        language("it", latin, "", "il lo la i gli le di del della dello dei degli delle e è che un una uno per con "
                + "non si da dal dalla in al alla allo ai agli alle sono come anche ma più ha hanno questo questa nel "
                + "nella negli nelle stato essere dopo sul sulla tra fra l' dell' all' un' nell' dall' sull' c' era ci "
                + "ne se");
        language("pt", latin, "ãõ", "o a os as de do da dos das e é que um uma em no na nos nas para com não por se "
                + "ao aos à às mais como mas foi são está ser pelo pela pelos pelas também já ele ela seu sua seus "
                + "suas entre quando muito até isso esse essa sobre");
        language("ca", latin, "", "el la els les de del i que en un una és per amb no es als al com més però va ha "
                + "són seva seu aquest aquesta també hi ho");
        language("nl", latin, "", "de het een en van in is dat op te zijn voor met die niet aan er om ook als bij "
                + "door wordt worden werd maar of uit dan nog was naar hij ze zij wij we tot heeft hebben had over "
                + "kan deze dit meer geen al wel");
        language("pl", latin, "łąęśźżńć", "i w na z że się nie do to jest jak o co od po ale za już tak przez przy "
                + "jego dla czy być był była było są tym tego także może który która które których oraz jednak "
                + "tylko lub ich jej też ze we sobie");
        language("cs", latin, "řůě", "a se na v je že to s z do o i jako ale by pro jsou který která které jeho "
                + "také jak po už bylo byl byla jsem při podle nebo ve ze když jen jsme již mezi než proto pouze bude budou "
                + "má mají tento této jejich není");
        language("sk", latin, "ľĺŕô", "a sa na v je že to s z do o aj ako ale by pre sú ktorý ktorá ktoré jeho "
                + "tiež po už bolo bol bola som pri podľa alebo vo zo keď len sme už medzi než preto iba bude budú má "
                + "majú tento tejto ich nie však");
        language("sl", latin, "", "in je da se v na za so ki z pa ne bi ali tudi od po kot še bo iz ter");
        language("hr", latin, "đć", "i u je na se da su za od s sa ne koji koja koje kao što ali iz o a bi to bio "
                + "bila bilo jer već samo još kada ako prema nije");
        language("ro", latin, "șțşţă", "și în de la a cu nu care să pe din este o un se mai pentru ca sau fost au "
                + "lui ce ei ar fi acest această prin după sunt către");
        language("hu", latin, "őű", "a az és hogy nem is egy van meg ez azt de csak már volt mint még el kell ha "
                + "vagy pedig szerint után több amely");
        language("tr", latin, "şğı", "ve bir bu da de için ile olarak çok daha gibi en ne o olan ama var sonra "
                + "kadar değil ancak ise göre her şey olduğu");
        language("sv", latin, "å", "och i att det som en på är av för med till den har de inte om ett var jag han "
                + "men från vid så kan hon sig också eller efter nu när vi detta sina sin under");
        language("da", latin, "åæø", "og i at det er en til på af med den de for ikke som har et var han jeg men "
                + "fra vil kan om også eller efter når hun sig skal blev være blevet sagde nu mig dig hvad meget noget "
                + "nogle op ud mellem uden bliver havde været");
        language("no", latin, "åæø", "og i det er en til på av som med at for ikke har de den et var jeg han men "
                + "fra vil kan om også eller etter når hun seg skal ble være blitt å sa nå meg deg hva mye noe noen "
                + "opp ut mellom uten blir hadde vært");
        language("fi", latin, "", "ja on ei se että oli hän mutta myös tai kun ovat olla joka mukaan jo vain sen "
                + "sekä kuin niin tämä siitä jotka ole mitä hänen kunnes jos jonka kanssa vuonna nyt vielä sitä "
                + "sanoi");
        language("et", latin, "õ", "ja on ei see et oli ka kui mis aga ta nii ning oma seda pole ning ja veel");
        language("lt", latin, "ėįųū", "ir yra kad su į iš bet tai jo jos buvo apie kaip nuo per dėl o");
        language("lv", latin, "āēīūģķļņ", "un ir ka ar no uz par kas bet tas arī bija pēc vai lai");
        language("id", latin, "", "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh "
                + "karena sudah saya bisa atau mereka telah adalah");
        language("vi", latin, "ơưđă", "và của là có không được trong cho người những một các này đã với để khi "
                + "thì như từ đến cũng");

        UnicodeScript cyrillic = UnicodeScript.CYRILLIC;
        language("ru", cyrillic, "ыэёъ", "и в не на что с по это как а он но к из у за то о же для от так его все "
                + "она вы бы было был мы были ее её уже только при или также чтобы если когда может который которые "
                + "которых года более этом этого после будет они их нет есть до со во там себя ещё еще даже очень");
        language("uk", cyrillic, "іїєґ", "і й в у не на що з по це як а він але до із від та за про для так його "
                + "все вона ви б було був ми були її вже тільки при або також щоб якщо коли може який які яких року "
                + "більше цьому цього після буде вони їх немає є ще навіть дуже");
        language("be", cyrillic, "ўіыэё", "і ў не на што з па гэта як а ён але да ад для так яго усе яна вы б было "
                + "быў мы былі яе ўжо толькі пры або таксама каб калі можа які");
        language("bg", cyrillic, "ъ", "и в не на че с по това като а той но към от за да се е са го ли ще също "
                + "който която които има бъде беше след при или само още така много тази този тези сме ме ги им "
                + "вече когато ако според");
        language("sr", cyrillic, "ђћџјљњ", "и у не на да је су се за од са из као што али који која које био била "
                + "било јер већ само још када ако према није");
        language("mk", cyrillic, "ѓќѕџјљњ", "и во не на што со по ова како а тој но до од за да се е ги ќе исто "
                + "кој која кои има беше");

        UnicodeScript arabic = UnicodeScript.ARABIC;
        language("ar", arabic, "ةيك", "في من على أن إلى عن التي الذي مع هذا هذه كان قد لا ما أو بين كما بعد وقد "
                + "ذلك عند حتى إن لم");
        language("fa", arabic, "پچژگیک", "و در به از که این را با است برای آن یک هم تا بر شد می خود شده اند نیز "
                + "وی پس اما");
        language("ur", arabic, "ٹڈڑںےھپچژگیک", "کے میں کی ہے اور کو سے نے کا یہ ہیں پر بھی تھا کہ ایک تھی "
                + "گیا نہیں");

        UnicodeScript devanagari = UnicodeScript.DEVANAGARI;
        language("hi", devanagari, "", "है के में की और को से का यह ने हैं पर भी था कि एक थी गया नहीं लिए");
        language("mr", devanagari, "", "आहे आणि या व ते हे की करण्यात त्या होते असे आहेत केली");
        language("ne", devanagari, "", "छ र को मा पनि गर्न छन् भएको गरेको हो यो थियो लागि");
    }

    private static void language(String code, UnicodeScript script, String hints, String words) {
        int index = CODES.size();
        CODES.add(code);
        SCRIPTS.add(script);
        for (String word : words.split(" ")) {
            longestWord = Math.max(longestWord, word.length());
            Word known = WORDS.get(word);
            WORDS.put(word, known == null ? new Word(WORDS.size(), new int[] {index})
                    : new Word(known.id, union(known.languages, new int[] {index})));
        }
        hints.codePoints().forEach(letter -> HINTS.merge(letter, new int[] {index}, LanguageDetector::union));
    }

    private record Word(int id, int[] languages) {
    }

    private static int[] union(int[] a, int[] b) {
        int[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return java.util.Arrays.stream(all).distinct().toArray();
    }

    private LanguageDetector() {
    }

    /** The text's language, ISO 639-1, if its first {@value #SAMPLE} characters show it clearly. */
    public static Optional<String> detect(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Evidence evidence = new Evidence();
        evidence.read(text, Math.min(text.length(), SAMPLE));
        return evidence.language();
    }

    /** What one pass over the sample found: letters by writing system, function words and telling letters. */
    private static final class Evidence {
        final int[] letters = new int[SCRIPT_COUNT];
        final int[] words = new int[SCRIPT_COUNT];
        final double[] scores = new double[CODES.size()];
        final int[] hits = new int[CODES.size()];
        final int[] distinct = new int[CODES.size()];
        final double[] hints = new double[CODES.size()];
        final boolean[] seen = new boolean[WORDS.size()];
        int total;

        void read(String text, int end) {
            StringBuilder word = new StringBuilder();
            UnicodeScript wordScript = null;
            for (int i = 0; i <= end;) {
                int c = i < end ? text.codePointAt(i) : ' ';
                i += Character.charCount(c);
                if (Character.isLetter(c)) {
                    UnicodeScript script = script(c);
                    letters[script.ordinal()]++;
                    total++;
                    int lower = Character.toLowerCase(c);
                    if (word.length() == 0) {
                        wordScript = script;
                    }
                    word.appendCodePoint(lower);
                    int[] hinted = lower < 0xC0 ? null : HINTS.get(lower);
                    if (hinted != null) {
                        for (int l : hinted) {
                            hints[l] += HINT_WEIGHT / hinted.length;
                        }
                    }
                    continue;
                }
                if (word.length() == 0) {
                    continue;
                }
                if (isMark(c)) {
                    word.appendCodePoint(c); // a vowel sign of Devanagari, a decomposed accent
                    continue;
                }
                // "l'homme", "dell'anno": the elided article is a word of its own, written with its apostrophe.
                if ((c == '\'' || c == '\u2019' || c == '\u02BC') && i < end
                        && Character.isLetter(text.codePointAt(i))) {
                    word.append('\'');
                }
                if (c == '.' && word.length() == 1) {
                    word.setLength(0); // an initial or an abbreviation ("U.S."), not the word "u" or "s"
                    continue;
                }
                words[wordScript.ordinal()]++;
                Word known = word.length() > longestWord ? null : WORDS.get(word.toString());
                if (known != null) {
                    for (int l : known.languages) {
                        scores[l] += 1.0 / known.languages.length;
                        hits[l]++;
                        distinct[l] += seen[known.id] ? 0 : 1;
                    }
                    seen[known.id] = true;
                }
                word.setLength(0);
            }
        }

        Optional<String> language() {
            if (total < MIN_LETTERS) {
                return Optional.empty();
            }
            int kana = letters[UnicodeScript.HIRAGANA.ordinal()] + letters[UnicodeScript.KATAKANA.ordinal()];
            int hangul = letters[UnicodeScript.HANGUL.ordinal()];
            int cjk = letters[UnicodeScript.HAN.ordinal()] + kana + hangul;
            int main = 0;
            for (int script = 1; script < SCRIPT_COUNT; script++) {
                if (letters[script] > letters[main]) {
                    main = script;
                }
            }
            if (cjk >= letters[main]) {
                if (cjk * 2 < total) {
                    return Optional.empty();
                }
                // Japanese writes its particles and endings in kana; Chinese has none; Korean is mostly Hangul.
                return Optional.of(hangul * 2 >= cjk ? "ko" : kana * 20 >= cjk ? "ja" : "zh");
            }
            if (letters[main] * 2 < total) {
                return Optional.empty(); // no writing system holds half the letters
            }
            UnicodeScript script = UnicodeScript.values()[main];
            String language = SCRIPT_LANGUAGES.get(script);
            return language != null ? Optional.of(language) : byWords(script);
        }

        /** The language whose function words (and telling letters) the sample shows most, if clearly so. */
        private Optional<String> byWords(UnicodeScript script) {
            int best = -1;
            int second = -1;
            for (int l = 0; l < CODES.size(); l++) {
                if (SCRIPTS.get(l) != script) {
                    continue;
                }
                scores[l] += Math.min(hints[l], MAX_HINTS);
                if (best < 0 || scores[l] > scores[best]) {
                    second = best;
                    best = l;
                } else if (second < 0 || scores[l] > scores[second]) {
                    second = l;
                }
            }
            boolean clear = best >= 0 && scores[best] >= MIN_SCORE && distinct[best] >= MIN_DISTINCT
                    && hits[best] >= MIN_SHARE * words[script.ordinal()]
                    && (second < 0 || scores[best] >= MIN_LEAD * scores[second]);
            return clear ? Optional.of(CODES.get(best)) : Optional.empty();
        }
    }

    private static UnicodeScript script(int c) {
        return c < 0x80 ? UnicodeScript.LATIN : UnicodeScript.of(c);
    }

    /** Combining marks: vowel signs of Devanagari, decomposed accents; part of the word they follow. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
