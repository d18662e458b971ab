package org.trustledger.domain.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Japanese address read into its parts, so that 東京都新宿区西新宿一丁目2番3号 新宿ビル5階 and
 * 新宿区西新宿1-2-3 新宿ビル 5F can be told to be one place; text that cannot be read as a street address
 * keeps its whole normalised form in {@link #locality()} and has no block numbers, so it only matches itself.
 *
 * @param prefecture the prefecture (東京都, 大阪府 …) when written, otherwise empty
 * @param locality city, ward and town as written, normalised, without prefecture or block numbers
 * @param blocks the 丁目-番地-号 numbers in order, at most three; empty when the text could not be read
 * @param building the building name, normalised; empty when none was written
 * @param floor the floor ("5", "b1" for a basement floor); empty when none was written
 * @param room the room or unit number ("501"); empty when none was written
 */
public record AddressKey(
        String prefecture, String locality, List<Integer> blocks, String building, String floor, String room) {
    /** Prefix of the index key an address produces. */
    public static final String INDEX_PREFIX = "addr:";

    /** Prefix of the index key an address produces without its city, ward or county: town and block numbers. */
    public static final String TOWN_PREFIX = "town:";

    // Japanese addresses name the municipality before the town: a county and its town or village (北葛飾郡杉戸町), a
    // city (札幌市, and 四日市市 whose name ends in 市 itself), a ward (中央区). What is left is the town (西新宿).
    private static final Pattern MUNICIPALITY =
            Pattern.compile("^((?:[^市区]{1,6}?郡[^市区]{1,5}?[町村])?(?:[^区]{1,6}?市(?!市))?(?:.{1,5}?区)?)(.*)$");

    private static final KeyMemo<AddressKey> MEMO = new KeyMemo<>(AddressKey::read);
    private static final int MAX_BLOCKS = 3;
    private static final int MAX_DIGITS = 6;

    private static final List<String> PREFECTURES = List.of(
            "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県",
            "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
            "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
            "鹿児島県", "沖縄県");

    // 〒160-0023 or 160-0023 in front of an address says nothing the rest does not, and its digits would
    // otherwise be read as block numbers.
    private static final Pattern POSTAL_CODE = Pattern.compile("^(?:〒\\s?\\d{3}-?\\d{4}|\\d{3}-\\d{4}(?![\\d-]))\\s?");
    private static final Pattern SPACED_DASH = Pattern.compile("\\s?-\\s?");
    private static final String KANJI = "[" + KanjiNumerals.CHARACTERS + "]";
    private static final Pattern FLOOR = Pattern.compile(
            "(地下|(?<![a-z])b)?\\s?((?<!\\d)\\d{1,3}|" + KANJI + "{1,4})\\s?(?:階|floor|fl\\.?|f(?![a-z]))");
    private static final Pattern ROOM = Pattern.compile("(?:#|(?<![a-z])(?:no\\.?|room|rm\\.?))\\s?(\\d{1,5})"
            + "|((?<!\\d)\\d{1,5}|" + KANJI + "{1,6})\\s?(?:号室|室|号(?![館棟線]))");
    private static final Pattern BARE_ROOM = Pattern.compile("(?:^|[\\s-])(\\d{1,5})$");
    // Ordinals are written with 十 (第十二), never digit by digit, so 第二八丁堀ビル is 第2 and then 八丁堀.
    private static final Pattern ORDINAL = Pattern.compile("第([一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])");
    private static final String BUILDING_PUNCTUATION = "-,、/・()[]「」『』";

    public AddressKey {
        Objects.requireNonNull(prefecture, "prefecture");
        Objects.requireNonNull(locality, "locality");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(building, "building");
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(room, "room");
    }

    public static AddressKey of(Address address) {
        return parse(address.value());
    }

    /** Reads an address as written; never throws for non-null text, however odd. */
    public static AddressKey parse(String text) {
        return MEMO.of(text);
    }

    private static AddressKey read(String text) {
        String folded = fold(text);
        String rest = POSTAL_CODE.matcher(folded).replaceFirst("");
        String prefecture = "";
        for (String candidate : PREFECTURES) {
            if (rest.startsWith(candidate)) {
                prefecture = candidate;
                rest = rest.substring(candidate.length()).strip();
                break;
            }
        }
        Run run = findRun(rest);
        String locality = run == null ? "" : tidy(rest.substring(0, run.start()));
        // Without a locality, 1-2-3 would match every 1-2-3 in Japan.
        if (run == null || locality.isEmpty()) {
            return new AddressKey("", JapaneseText.normalize(folded), List.of(), "", "", "");
        }
        return unit(prefecture, locality, run.numbers(), rest.substring(run.end()));
    }

    /** True when the text was read as a street address with block numbers. */
    public boolean readable() {
        return !blocks.isEmpty();
    }

    /** The town without the city, ward or county before it: 西新宿 of 新宿区西新宿; the whole locality if none is named. */
    public String town() {
        Matcher parts = MUNICIPALITY.matcher(locality);
        return parts.matches() && !parts.group(2).isEmpty() ? parts.group(2) : locality;
    }

    /** The city, ward or county before the town (新宿区, 札幌市中央区); empty when the address starts with the town. */
    public String municipality() {
        return locality.substring(0, locality.length() - town().length());
    }

    /**
     * True when the two addresses agree only once the city or ward is set aside: one side names none (西新宿1-2-3
     * against 新宿区西新宿1-2-3), or names less of it (札幌市 against 札幌市中央区). People write addresses that way, but two
     * cities may have a town of one name, so such a match is worth less; see {@link IdentityMatcher}.
     */
    public boolean matchesByTownOnly(AddressKey other) {
        return readable() && other.readable() && !locality.equals(other.locality) && match(other) != AddressMatch.NONE;
    }

    /**
     * How closely this address agrees with another. A prefecture missing on one side is no disagreement, nor is a city
     * or ward missing on one side; town and block numbers must be equal; then building, floor and room grade the match.
     */
    public AddressMatch match(AddressKey other) {
        if (!readable() || !other.readable()) {
            boolean sameText =
                    !readable() && !other.readable() && !locality.isEmpty() && locality.equals(other.locality);
            return sameText ? AddressMatch.SAME_STREET_ADDRESS : AddressMatch.NONE;
        }
        if (differ(prefecture, other.prefecture) || !sameLocality(other) || !blocks.equals(other.blocks)) {
            return AddressMatch.NONE;
        }
        boolean buildingsDiffer = differ(building, other.building);
        boolean unitKnownOnBoth = bothKnown(floor, other.floor) || bothKnown(room, other.room);
        boolean unitsAgree = !differ(floor, other.floor) && !differ(room, other.room);
        if (!buildingsDiffer && unitKnownOnBoth && unitsAgree) {
            return AddressMatch.SAME_FLOOR_OR_ROOM;
        }
        if (bothKnown(building, other.building) && !buildingsDiffer) {
            return AddressMatch.SAME_BUILDING;
        }
        return AddressMatch.SAME_STREET_ADDRESS;
    }

    private boolean sameLocality(AddressKey other) {
        if (locality.equals(other.locality)) {
            return true;
        }
        if (!town().equals(other.town())) {
            return false;
        }
        String mine = municipality();
        String theirs = other.municipality();
        // 札幌市 and 札幌市中央区, 中央区 and 札幌市中央区 name one place; 新宿区 and 八王子市 two.
        return mine.isEmpty()
                || theirs.isEmpty()
                || mine.startsWith(theirs)
                || theirs.startsWith(mine)
                || mine.endsWith(theirs)
                || theirs.endsWith(mine);
    }

    /**
     * The key an index files this address under without its city or ward: town and block numbers, so that an address
     * written from the town on finds the party; empty when the text could not be read.
     */
    public String townIndexKey() {
        return readable() ? TOWN_PREFIX + town() + "|" + blockText() : "";
    }

    /**
     * The key an index of parties files this address under: locality and block numbers only, so that a
     * candidate is found whether or not the prefecture and building were written; {@link #match} then grades it.
     */
    public String indexKey() {
        if (locality.isEmpty()) {
            return "";
        }
        return readable() ? INDEX_PREFIX + locality + "|" + blockText() : INDEX_PREFIX + locality;
    }

    /** The address in its normalised parts, for people reading a match's evidence. */
    public String describe() {
        if (!readable()) {
            return locality;
        }
        StringBuilder out =
                new StringBuilder(prefecture).append(locality).append(' ').append(blockText());
        if (!building.isEmpty()) {
            out.append(' ').append(building);
        }
        if (!floor.isEmpty()) {
            out.append(' ').append(floor.toUpperCase(Locale.ROOT)).append('F');
        }
        if (!room.isEmpty()) {
            out.append(" #").append(room);
        }
        return out.toString();
    }

    private String blockText() {
        return blocks.stream().map(String::valueOf).collect(Collectors.joining("-"));
    }

    private static boolean differ(String a, String b) {
        return bothKnown(a, b) && !a.equals(b);
    }

    private static boolean bothKnown(String a, String b) {
        return !a.isEmpty() && !b.isEmpty();
    }

    // ヶ and ヵ are written small or large in the same place name (霞ヶ関, 霞ケ関); spaces around a dash are noise.
    private static String fold(String text) {
        String folded = JapaneseText.fold(text).replace('ヶ', 'ケ').replace('ヵ', 'カ');
        return SPACED_DASH.matcher(folded).replaceAll("-");
    }

    private static String tidy(String text) {
        String normalized = JapaneseText.normalize(text);
        int end = normalized.length();
        while (end > 0 && "-,、の".indexOf(normalized.charAt(end - 1)) >= 0) {
            end--;
        }
        return normalized.substring(0, end);
    }

    // ---- block numbers: 一丁目2番3号, 1丁目2-3, 1-2-3, 2番地の3 ----

    private record Run(int start, int end, List<Integer> numbers) {}

    private record Numeral(int value, int end) {}

    private static Run findRun(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (startsNumber(text, i)) {
                Run run = readRun(text, i);
                if (run != null) {
                    return run;
                }
            }
        }
        return null;
    }

    private static boolean startsNumber(String text, int i) {
        char c = text.charAt(i);
        char previous = i == 0 ? ' ' : text.charAt(i - 1);
        // 第2ビル and #501 name a building and a room, never a block.
        if (previous == '第' || previous == '#') {
            return false;
        }
        if (JapaneseText.isAsciiDigit(c)) {
            return !JapaneseText.isAsciiDigit(previous);
        }
        return KanjiNumerals.isNumeral(c) && !KanjiNumerals.isNumeral(previous);
    }

    private static Run readRun(String text, int start) {
        List<Integer> numbers = new ArrayList<>();
        boolean marked = false;
        int position = start;
        int end = start;
        // Past three numbers comes the room: 1-2-3-501.
        while (numbers.size() < MAX_BLOCKS) {
            Numeral number = readNumber(text, position, !numbers.isEmpty());
            // A number followed by 階, F or 号室 is a floor or a room, which belongs after the street address.
            if (number == null || unitFollows(text, number.end())) {
                break;
            }
            numbers.add(number.value());
            position = number.end();
            end = position;
            int marker = markerLength(text, position);
            if (marker > 0) {
                marked = true;
                end = position + marker;
                // 号 closes the street address; whatever follows is the building.
                if (text.charAt(position) == '号') {
                    break;
                }
                position = end;
                // After 丁目 or 番地 the next number may follow a space, a dash or の: 1丁目 2-3, 2番地の3.
                if (position < text.length() && " -の".indexOf(text.charAt(position)) >= 0) {
                    position++;
                }
            } else if (position < text.length() && "-の".indexOf(text.charAt(position)) >= 0) {
                position++;
            } else {
                break;
            }
        }
        if (numbers.isEmpty()) {
            return null;
        }
        // A lone number like the 1 of 北1条 is part of a place name; one that ends the text or a word is a 番地.
        boolean standsAlone = end >= text.length() || " ,、/".indexOf(text.charAt(end)) >= 0;
        return numbers.size() >= 2 || marked || standsAlone ? new Run(start, end, List.copyOf(numbers)) : null;
    }

    private static Numeral readNumber(String text, int position, boolean inRun) {
        if (position >= text.length()) {
            return null;
        }
        int end = position;
        if (JapaneseText.isAsciiDigit(text.charAt(position))) {
            while (end < text.length() && JapaneseText.isAsciiDigit(text.charAt(end))) {
                end++;
            }
            return end - position > MAX_DIGITS
                    ? null
                    : new Numeral(Integer.parseInt(text.substring(position, end)), end);
        }
        while (end < text.length() && KanjiNumerals.isNumeral(text.charAt(end))) {
            end++;
        }
        int value = KanjiNumerals.parse(text.substring(position, end));
        if (value < 0) {
            return null;
        }
        // Kanji numerals are also place names (六本木, 八丁堀, 一番町): they count as numbers only before a block
        // marker, or to close a run that is already under way (一丁目二番三).
        boolean closesRun = inRun && (end >= text.length() || " -,".indexOf(text.charAt(end)) >= 0);
        return markerLength(text, end) > 0 || closesRun ? new Numeral(value, end) : null;
    }

    /** Length of the block marker at {@code position}, 0 if there is none. */
    private static int markerLength(String text, int position) {
        if (text.startsWith("丁目", position) || text.startsWith("番地", position)) {
            return 2;
        }
        // 一番町, 二番街, 3号室, 2号館 and 国道1号線 are place names, rooms and buildings.
        if (text.startsWith("番", position) && !followedBy(text, position + 1, "町丁街")) {
            return 1;
        }
        if (text.startsWith("号", position) && !followedBy(text, position + 1, "室館棟線")) {
            return 1;
        }
        return 0;
    }

    private static boolean unitFollows(String text, int position) {
        String rest = text.substring(position);
        return rest.startsWith("階")
                || rest.startsWith("室")
                || rest.startsWith("号室")
                || rest.startsWith("fl")
                || (rest.startsWith("f") && !followedBy(text, position + 1, "abcdefghijklmnopqrstuvwxyz"));
    }

    private static boolean followedBy(String text, int position, String characters) {
        return position < text.length() && characters.indexOf(text.charAt(position)) >= 0;
    }

    // ---- building, floor and room: 新宿ビル5階, 5F, #501, 501号室, 新宿ビル 501 ----

    private static AddressKey unit(String prefecture, String locality, List<Integer> blocks, String remainder) {
        String rest = remainder;
        String floor = "";
        Matcher floorMatch = FLOOR.matcher(rest);
        if (floorMatch.find()) {
            floor = (floorMatch.group(1) == null ? "" : "b") + number(floorMatch.group(2));
            rest = rest.substring(0, floorMatch.start()) + " " + rest.substring(floorMatch.end());
        }
        String room = "";
        Matcher roomMatch = ROOM.matcher(rest);
        if (roomMatch.find()) {
            room = number(roomMatch.group(1) != null ? roomMatch.group(1) : roomMatch.group(2));
            rest = rest.substring(0, roomMatch.start()) + " " + rest.substring(roomMatch.end());
        }
        rest = rest.strip();
        Matcher bare = BARE_ROOM.matcher(rest);
        // A number standing apart after the building (新宿ビル 501, 1-2-3-501) is the room; one that is
        // part of the name (サンシャイン60) is not.
        if (room.isEmpty() && bare.find()) {
            room = number(bare.group(1));
            rest = rest.substring(0, bare.start());
        }
        return new AddressKey(prefecture, locality, blocks, buildingName(rest), floor, room);
    }

    private static String number(String digitsOrKanji) {
        if (JapaneseText.isAsciiDigit(digitsOrKanji.charAt(0))) {
            return String.valueOf(Integer.parseInt(digitsOrKanji));
        }
        int value = KanjiNumerals.parse(digitsOrKanji);
        return value < 0 ? digitsOrKanji : String.valueOf(value);
    }

    private static String buildingName(String text) {
        String name = JapaneseText.normalize(text);
        StringBuilder kept = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            if (BUILDING_PUNCTUATION.indexOf(name.charAt(i)) < 0) {
                kept.append(name.charAt(i));
            }
        }
        while (!kept.isEmpty() && kept.charAt(kept.length() - 1) == '.') {
            kept.setLength(kept.length() - 1);
        }
        Matcher ordinal = ORDINAL.matcher(kept);
        // 第二ビル and 第2ビル are one building.
        name = ordinal.replaceAll(m -> "第" + KanjiNumerals.toDigits(m.group(1)));
        if (name.endsWith("ビルディング")) {
            name = name.substring(0, name.length() - "ディング".length());
        } else if (name.endsWith("building") || name.endsWith("bldg")) {
            name = name.substring(0, name.length() - (name.endsWith("bldg") ? 4 : 8)) + "bldg";
        }
        return name;
    }
}
