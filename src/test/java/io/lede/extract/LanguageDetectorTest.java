package io.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every sentence here was written for this test. */
class LanguageDetectorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The city council voted on Tuesday to close the old bridge for repairs, and the mayor said that buses would replace the trams until the work is done in the spring.
            ru | Городской совет во вторник проголосовал за то, чтобы закрыть старый мост на ремонт, а мэр сказал, что трамваи заменят автобусы, пока работы не будут закончены весной.
            uk | Міська рада у вівторок проголосувала за те, щоб закрити старий міст на ремонт, а мер сказав, що трамваї замінять автобуси, поки роботи не будуть завершені навесні.
            de | Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparaturen zu schließen, und der Bürgermeister sagte, dass Busse die Straßenbahn ersetzen werden, bis die Arbeiten im Frühjahr fertig sind.
            fr | Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux, et le maire a dit que des bus remplaceraient les tramways jusqu'à la fin du chantier au printemps.
            es | El ayuntamiento votó el martes a favor de cerrar el viejo puente para repararlo, y el alcalde dijo que los autobuses sustituirán a los tranvías hasta que terminen las obras en primavera.
            it | Il consiglio comunale ha votato martedì per chiudere il vecchio ponte per i lavori, e il sindaco ha detto che gli autobus sostituiranno i tram fino alla fine del cantiere in primavera.
            pt | A câmara municipal votou na terça-feira o encerramento da velha ponte para obras, e o presidente disse que os autocarros vão substituir os elétricos até que as obras terminem na primavera.
            nl | De gemeenteraad heeft dinsdag besloten om de oude brug te sluiten voor herstel, en de burgemeester zei dat bussen de tram zullen vervangen tot het werk in het voorjaar klaar is.
            pl | Rada miasta zagłosowała we wtorek za zamknięciem starego mostu na czas remontu, a burmistrz powiedział, że autobusy zastąpią tramwaje, dopóki prace nie zostaną zakończone wiosną.
            sv | Kommunfullmäktige röstade på tisdagen för att stänga den gamla bron för reparationer, och borgmästaren sade att bussar ska ersätta spårvagnarna tills arbetet är klart till våren.
            cs | Městská rada v úterý odhlasovala uzavření starého mostu kvůli opravám a starosta řekl, že autobusy nahradí tramvaje, dokud nebudou práce na jaře dokončeny.
            tr | Belediye meclisi salı günü eski köprünün onarım için kapatılmasına karar verdi ve belediye başkanı çalışmalar bahar aylarında bitene kadar tramvayların yerine otobüslerin çalışacağını söyledi.
            bg | Общинският съвет гласува във вторник старият мост да бъде затворен за ремонт, а кметът каза, че автобуси ще заменят трамваите, докато работата не бъде завършена през пролетта.
            el | Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κλείσει η παλιά γέφυρα για επισκευές, και ο δήμαρχος είπε ότι λεωφορεία θα αντικαταστήσουν τα τραμ μέχρι την άνοιξη.
            he | מועצת העיר הצביעה ביום שלישי על סגירת הגשר הישן לצורך תיקונים, וראש העיר אמר שאוטובוסים יחליפו את הרכבת הקלה עד האביב.
            ar | صوّت مجلس المدينة يوم الثلاثاء على إغلاق الجسر القديم من أجل الإصلاحات، وقال رئيس البلدية إن الحافلات ستحل محل الترام حتى انتهاء الأعمال في الربيع.
            zh | 市议会周二投票决定关闭旧桥进行维修，市长表示，在春季工程完成之前，公共汽车将代替有轨电车运行。
            ja | 市議会は火曜日、修理のために古い橋を閉鎖することを決め、市長は春に工事が終わるまで路面電車の代わりにバスが走ると述べた。
            ko | 시의회는 화요일에 낡은 다리를 보수하기 위해 폐쇄하기로 의결했으며, 시장은 봄에 공사가 끝날 때까지 버스가 전차를 대신할 것이라고 말했다.
            da | Byrådet stemte tirsdag for at lukke den gamle bro på grund af reparationer, og borgmesteren sagde, at busser vil erstatte sporvognene, indtil arbejdet er færdigt til foråret.
            no | Bystyret stemte tirsdag for å stenge den gamle brua for reparasjoner, og ordføreren sa at busser skal erstatte trikken til arbeidet er ferdig etter våren.
            fi | Kaupunginvaltuusto päätti tiistaina sulkea vanhan sillan korjausten ajaksi, ja pormestari sanoi, että bussit korvaavat raitiovaunut, kunnes työ on valmis keväällä.
            hu | A városi tanács kedden megszavazta, hogy a régi hidat lezárják a javítások idejére, és a polgármester azt mondta, hogy a villamosokat buszok pótolják, amíg a munka tavasszal be nem fejeződik.
            ro | Consiliul local a votat marți închiderea podului vechi pentru reparații, iar primarul a spus că autobuzele vor înlocui tramvaiele până când lucrările vor fi terminate în primăvară.
            hr | Gradsko vijeće u utorak je izglasalo zatvaranje starog mosta zbog popravaka, a gradonačelnik je rekao da će autobusi zamijeniti tramvaje dok radovi ne budu gotovi na proljeće.
            sk | Mestské zastupiteľstvo v utorok odhlasovalo uzavretie starého mosta pre opravy a starosta povedal, že autobusy nahradia električky, kým práce nebudú na jar dokončené.
            id | Dewan kota pada hari Selasa memutuskan untuk menutup jembatan tua karena perbaikan, dan wali kota mengatakan bahwa bus akan menggantikan trem sampai pekerjaan selesai pada musim semi.
            vi | Hội đồng thành phố đã bỏ phiếu vào thứ Ba để đóng cửa cây cầu cũ để sửa chữa, và thị trưởng nói rằng xe buýt sẽ thay thế xe điện cho đến khi công việc hoàn thành vào mùa xuân.
            fa | شورای شهر روز سه‌شنبه به بستن پل قدیمی برای تعمیرات رأی داد و شهردار گفت که اتوبوس‌ها تا پایان کار در بهار جای تراموا را می‌گیرند.
            hi | नगर परिषद ने मंगलवार को पुराने पुल को मरम्मत के लिए बंद करने का फैसला किया और महापौर ने कहा कि काम पूरा होने तक बसें ट्राम की जगह चलेंगी।
            sr | Градско веће је у уторак изгласало затварање старог моста због поправки, а градоначелник је рекао да ће аутобуси заменити трамваје док радови не буду завршени на пролеће.
            be | Гарадскі савет у аўторак прагаласаваў за тое, каб закрыць стары мост на рамонт, а мэр сказаў, што трамваі заменяць аўтобусы, пакуль работы не будуць скончаны вясной.
            ca | El consell municipal va votar dimarts el tancament del pont vell per fer-hi reparacions, i l'alcalde va dir que els autobusos substituiran els tramvies fins que acabin les obres a la primavera.
            sl | Mestni svet je v torek izglasoval zaprtje starega mostu zaradi popravil, župan pa je dejal, da bodo avtobusi nadomestili tramvaje, dokler dela spomladi ne bodo končana.
            th | สภาเมืองลงมติเมื่อวันอังคารให้ปิดสะพานเก่าเพื่อซ่อมแซม และนายกเทศมนตรีกล่าวว่ารถประจำทางจะวิ่งแทนรถรางจนกว่างานจะเสร็จในฤดูใบไม้ผลิ
            """)
    void tellsTheLanguageOfARunningText(String expected, String text) {
        assertThat(LanguageDetector.detect(text)).contains(expected);
    }

    @Test
    void ukrainianAndRussianAreToldApartByTheirOwnLettersAndWords() {
        assertThat(LanguageDetector.detect("Він сказав, що це їхня земля і вони її не віддадуть нікому.")).contains("uk");
        assertThat(LanguageDetector.detect("Он сказал, что это их земля и они её никому не отдадут.")).contains("ru");
    }

    @Test
    void tooLittleTextGetsNoLanguage() {
        assertThat(LanguageDetector.detect(null)).isEmpty();
        assertThat(LanguageDetector.detect("")).isEmpty();
        assertThat(LanguageDetector.detect("Bridge closed")).isEmpty();
        assertThat(LanguageDetector.detect("2024-03-05 12:00 — 14:30, 17 °C, 1 020 hPa")).isEmpty();
    }

    @Test
    void aTableOfFiguresGetsNoLanguage() {
        assertThat(LanguageDetector.detect("HARBOUR FREIGHT - MAY 2  Rates in U.S. dlrs per tonne  Grain  "
                + "12-14 14-16  Coal  9-11 10-12  Ore  u 8-10  s 7-9  Timber  15-18 16-19  Steel  20-22 21-24"))
                .isEmpty();
    }

    @Test
    void namesAndNumbersWithoutSentencesGetNoLanguage() {
        assertThat(LanguageDetector.detect("Anna Kowalski, Marco Bellini, Jean Dupont, Olga Petrova, Hans Weber, "
                + "Lucia Ferreira, Pieter de Vries, Sven Lindqvist, Mehmet Yilmaz")).isEmpty();
    }

    @Test
    void aLanguageWithoutAProfileGetsNoLanguageRatherThanAWrongOne() {
        // Swahili and Latin, written for this test: Latin script, but none of the profiled languages.
        assertThat(LanguageDetector.detect("Baraza la mji lilipiga kura siku ya Jumanne kufunga daraja la zamani "
                + "kwa ajili ya matengenezo, na meya alisema mabasi yatachukua nafasi ya tramu hadi kazi imalizike."))
                .isEmpty();
        assertThat(LanguageDetector.detect("Senatus urbis die Martis pontem veterem claudere decrevit, et consul "
                + "dixit currus publicos tramites usque ad ver suppleturos esse.")).isEmpty();
    }

    @Test
    void readsOnlyTheBeginningOfALongText() {
        String english = "The ferry service will resume next week, the port authority said on Monday. ".repeat(100);
        String german = "Die Fähre fährt ab nächster Woche wieder, sagte die Hafenbehörde am Montag. ".repeat(1000);
        assertThat(LanguageDetector.detect(english + german)).contains("en");
    }

    @Test
    void aFewForeignWordsDoNotChangeTheLanguage() {
        assertThat(LanguageDetector.detect("The exhibition, titled \"Die Stadt und das Meer\", opens at the museum "
                + "on Friday and will stay there until the end of the summer, the curators said.")).contains("en");
    }

    @Test
    void givesTheSameAnswerFromManyThreads() {
        String text = "Міська рада у вівторок проголосувала за те, щоб закрити старий міст на ремонт.";
        List<String> answers = IntStream.range(0, 1_000).parallel()
                .mapToObj(i -> LanguageDetector.detect(text).orElse("none")).distinct().toList();
        assertThat(answers).containsExactly("uk");
    }
}
