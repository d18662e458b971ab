package org.trustledger.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.BankAccount.AccountType;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;

/**
 * Japanese names, addresses, phone numbers and bank accounts as staff write them, drawn from a seeded random source so
 * that every run builds the same ledger; common surnames, office districts and call-centre numbers come up often, as
 * they do in a real shop's records.
 */
final class JapaneseIdentities {
    /** Written with no kanji numeral in the town name, so that the address reader never takes a town for a block. */
    record Locality(String prefecture, String city, String areaCode) {}

    /** A building several parties share: an office block, a virtual office or a condominium. */
    record Building(Locality locality, int chome, int ban, int go, String name, int floors) {}

    private static final List<String> SURNAMES = List.of(
            "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林",
            "斎藤", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤",
            "村上", "遠藤", "青木", "坂本", "斉藤", "福田", "太田", "西村", "藤井", "金子", "岡本", "藤原", "中野", "原田", "松田", "竹内", "小野", "田村",
            "中山", "和田", "石田", "森田", "上田", "柴田", "原", "酒井", "工藤", "横山", "宮崎", "宮本", "内田", "高木", "安藤", "谷口", "大野", "丸山",
            "今井", "高田", "藤本", "武田", "村田", "上野", "杉山", "増田", "平野", "大塚", "千葉", "久保", "松井", "小島", "岩崎", "桜井", "野口", "松尾",
            "野村", "木下", "菊地", "佐野", "大西", "杉本", "新井", "浜田", "菅原", "市川");
    private static final List<String> GIVEN_NAMES = List.of(
            "太郎", "健太", "翔太", "大輔", "拓也", "直樹", "誠", "浩", "隆", "健一", "和也", "達也", "剛", "修", "蓮", "陽翔", "悠真", "湊", "大和",
            "陽介", "花子", "美咲", "陽子", "恵子", "由美", "愛", "さくら", "彩", "真由美", "裕子", "智子", "明美", "京子", "幸子", "千尋", "優子", "結衣",
            "葵", "陽菜", "凛", "美穂", "香織", "奈々", "亮", "聡", "学", "博之", "典子", "恵美", "涼子", "翔", "大樹", "拓海", "颯太", "健二", "光",
            "隼人", "秀樹", "正人", "克也", "芽衣", "美月", "莉子", "紗希", "瞳", "舞", "麻衣", "綾香", "沙織", "知美");

    private static final List<String> NAME_AREAS =
            List.of("", "", "", "", "東京", "関西", "九州", "湘南", "北海道", "横浜", "名古屋", "東日本", "西日本", "城南", "京浜", "首都圏");
    private static final List<String> NAME_HEADS = List.of(
            "ネクスト", "サンライズ", "アーバン", "グローバル", "フューチャー", "スマート", "ライト", "ブライト", "エール", "ミライ", "ハーモニー", "アクシス", "リンク",
            "トラスト", "ユニバース", "ベスト", "ファースト", "プライム", "ワイズ", "クローバー", "さくら", "あおば", "ひかり", "やまと", "はやぶさ", "ソレイユ",
            "オーシャン", "スカイ", "グリーン", "ブルー", "ゴールド", "シルバー", "ダイヤ", "エース", "ジャパン", "ユナイテッド", "アルファ", "ノヴァ", "アーク", "ステラ");
    private static final List<String> NAME_TAILS = List.of(
            "ライン",
            "コネクト",
            "通信",
            "テレコム",
            "ネット",
            "サポート",
            "モバイル",
            "コミュニケーションズ",
            "ソリューションズ",
            "ネットワーク",
            "光",
            "エージェント",
            "サービス",
            "ワークス",
            "パートナーズ",
            "テクノ",
            "システムズ",
            "ブロードバンド",
            "コム",
            "リンクス",
            "インフォ",
            "ラボ",
            "デザイン",
            "プランニング",
            "ホーム");
    private static final List<String> LEGAL_FORMS = List.of("株式会社", "株式会社", "株式会社", "合同会社", "有限会社");

    private static final List<Locality> OFFICE_DISTRICTS = List.of(
            new Locality("東京都", "新宿区西新宿", "03"),
            new Locality("東京都", "渋谷区道玄坂", "03"),
            new Locality("東京都", "港区芝", "03"),
            new Locality("東京都", "港区新橋", "03"),
            new Locality("東京都", "中央区日本橋", "03"),
            new Locality("東京都", "豊島区東池袋", "03"),
            new Locality("東京都", "品川区大崎", "03"),
            new Locality("東京都", "台東区上野", "03"),
            new Locality("大阪府", "大阪市北区梅田", "06"),
            new Locality("大阪府", "大阪市中央区本町", "06"),
            new Locality("大阪府", "大阪市淀川区西中島", "06"),
            new Locality("愛知県", "名古屋市中区栄", "052"),
            new Locality("愛知県", "名古屋市中村区名駅", "052"),
            new Locality("神奈川県", "横浜市西区みなとみらい", "045"),
            new Locality("神奈川県", "横浜市港北区新横浜", "045"),
            new Locality("福岡県", "福岡市博多区博多駅前", "092"),
            new Locality("宮城県", "仙台市青葉区中央", "022"),
            new Locality("広島県", "広島市中区紙屋町", "082"));
    private static final List<Locality> RESIDENTIAL_AREAS = List.of(
            new Locality("東京都", "世田谷区桜新町", "03"),
            new Locality("東京都", "杉並区阿佐谷南", "03"),
            new Locality("東京都", "練馬区光が丘", "03"),
            new Locality("東京都", "大田区蒲田", "03"),
            new Locality("東京都", "江戸川区西葛西", "03"),
            new Locality("東京都", "足立区綾瀬", "03"),
            new Locality("東京都", "板橋区成増", "03"),
            new Locality("東京都", "目黒区自由が丘", "03"),
            new Locality("東京都", "中野区野方", "03"),
            new Locality("東京都", "北区赤羽", "03"),
            new Locality("神奈川県", "横浜市青葉区美しが丘", "045"),
            new Locality("神奈川県", "川崎市中原区小杉町", "044"),
            new Locality("神奈川県", "相模原市南区相模大野", "042"),
            new Locality("神奈川県", "藤沢市辻堂", "0466"),
            new Locality("埼玉県", "さいたま市浦和区高砂", "048"),
            new Locality("埼玉県", "川口市栄町", "048"),
            new Locality("埼玉県", "所沢市緑町", "04"),
            new Locality("千葉県", "船橋市本町", "047"),
            new Locality("千葉県", "松戸市常盤平", "047"),
            new Locality("大阪府", "豊中市桜の町", "06"),
            new Locality("大阪府", "吹田市江坂町", "06"),
            new Locality("大阪府", "堺市堺区大浜北町", "072"),
            new Locality("愛知県", "名古屋市昭和区御器所", "052"),
            new Locality("愛知県", "豊田市若宮町", "0565"),
            new Locality("兵庫県", "神戸市東灘区住吉本町", "078"),
            new Locality("兵庫県", "西宮市甲子園町", "0798"),
            new Locality("京都府", "京都市左京区下鴨", "075"),
            new Locality("福岡県", "福岡市中央区大名", "092"),
            new Locality("福岡県", "福岡市東区香椎", "092"),
            new Locality("北海道", "旭川市春光", "0166"),
            new Locality("宮城県", "仙台市泉区泉中央", "022"),
            new Locality("静岡県", "静岡市葵区呉服町", "054"),
            new Locality("静岡県", "浜松市中央区砂山町", "053"),
            new Locality("広島県", "広島市南区皆実町", "082"));

    private static final List<String> OFFICE_BUILDING_HEADS = List.of(
            "サンライズ", "グランド", "セントラル", "パシフィック", "オーク", "アルファ", "ニュー", "ノース", "サウス", "イースト", "ウエスト", "プラザ", "アーバン",
            "パーク", "リバーサイド", "ステーション");
    private static final List<String> OFFICE_BUILDING_TAILS = List.of("ビル", "ビルディング", "タワー", "センタービル", "スクエア");
    private static final List<String> CONDOMINIUMS =
            List.of("パークハイツ", "グランメゾン", "ライオンズマンション", "コーポ", "メゾン", "シティハウス", "ベルフラット", "レジデンス", "サニーコート");
    private static final List<String> BANKS =
            List.of("みずほ銀行", "三菱UFJ銀行", "三井住友銀行", "りそな銀行", "楽天銀行", "横浜銀行", "福岡銀行", "京都銀行", "静岡銀行");
    private static final List<String> BRANCHES =
            List.of("新宿支店", "渋谷支店", "本店営業部", "梅田支店", "名古屋支店", "横浜支店", "博多支店", "池袋支店", "上野支店", "難波支店", "栄支店");

    private final SplittableRandom random;
    private final Set<String> usedNumbers = new HashSet<>();
    private final Set<String> usedAccounts = new HashSet<>();
    private final List<PhoneNumber> callCentreNumbers = new ArrayList<>();
    private final List<Building> officeBuildings = new ArrayList<>();
    private final List<Building> virtualOffices = new ArrayList<>();
    private final List<Building> condominiums = new ArrayList<>();

    JapaneseIdentities(SplittableRandom random) {
        this.random = random;
        for (int i = 0; i < 40; i++) {
            callCentreNumbers.add(uniquePhone(() -> "0120-" + digits(3) + "-" + digits(3)));
        }
        for (int i = 0; i < 400; i++) {
            officeBuildings.add(officeBuilding());
        }
        for (int i = 0; i < 12; i++) {
            virtualOffices.add(officeBuilding());
        }
        for (int i = 0; i < 4000; i++) {
            Locality area = pick(RESIDENTIAL_AREAS);
            String name = pick(CONDOMINIUMS) + town(area);
            condominiums.add(
                    new Building(area, 1 + random.nextInt(5), 1 + random.nextInt(40), 1 + random.nextInt(25), name, 8));
        }
    }

    // ---- names ----

    PersonName personName() {
        // A skewed draw makes the first surnames the common ones: 佐藤 comes up for about 2 % of people, as it does.
        String surname = SURNAMES.get((int) (SURNAMES.size() * Math.pow(random.nextDouble(), 1.2)));
        String given = pick(GIVEN_NAMES);
        String space = switch (random.nextInt(3)) {
            case 0 -> "";
            case 1 -> " ";
            default -> "　";
        };
        return new PersonName(surname + space + given);
    }

    /** The name without its legal form, such as 関西ネクストテレコム; 16 000 of them, so a few firms share one. */
    String companyCore() {
        return pick(NAME_AREAS) + pick(NAME_HEADS) + pick(NAME_TAILS);
    }

    PartyName companyName(String core) {
        String form = pick(LEGAL_FORMS);
        return new PartyName(random.nextInt(4) == 0 ? core + form : form + core);
    }

    /** A core no generated party has: letters from outside the generated vocabulary. */
    String unknownCore() {
        String[] syllables = {
            "ガ", "ギ", "グ", "ゲ", "ゴ", "ザ", "ジ", "ズ", "ゼ", "ゾ", "バ", "ビ", "ブ", "ベ", "ボ", "パ", "ピ", "プ", "ペ", "ポ"
        };
        StringBuilder core = new StringBuilder("ヴ");
        for (int i = 0; i < 5; i++) {
            core.append(syllables[random.nextInt(syllables.length)]);
        }
        return core.append("商会").toString();
    }

    // ---- addresses ----

    /** A detached house: its own street address, written in one of the ways people write it. */
    Address house() {
        Locality area = pick(RESIDENTIAL_AREAS);
        return new Address(street(area, 1 + random.nextInt(5), 1 + random.nextInt(40), 1 + random.nextInt(25), true));
    }

    /** A flat in one of a few thousand condominiums, so that neighbours share a street address and a building. */
    Address flat() {
        Building building = pick(condominiums);
        int room = (1 + random.nextInt(building.floors())) * 100 + 1 + random.nextInt(12);
        String unit = random.nextBoolean() ? " " + room + "号室" : " " + room;
        return new Address(street(building, true) + " " + building.name() + unit);
    }

    /** A floor in a building that houses several of the shop's resellers. */
    Building sharedOffice() {
        return officeBuildings.get((int) (officeBuildings.size() * Math.pow(random.nextDouble(), 1.5)));
    }

    /** A virtual office: one address, dozens of businesses registered at it. */
    Building virtualOffice() {
        return pick(virtualOffices);
    }

    Address inBuilding(Building building, int floor, boolean withPrefecture) {
        String floorText = random.nextBoolean() ? building.name() + floor + "階" : building.name() + " " + floor + "F";
        return new Address(street(building, withPrefecture) + " " + floorText);
    }

    /** The same place written another way: figures instead of 丁目 and 番, no prefecture, floor as F or 階. */
    Address rewritten(Address address, Building building, int floor) {
        return new Address(building.locality().city() + building.chome() + "-" + building.ban() + "-" + building.go()
                + " " + building.name() + (address.value().contains("階") ? " " + floor + "F" : floor + "階"));
    }

    /** An office of one's own, in one of the office districts where many firms are. */
    Building officeBuilding() {
        Locality district = pick(OFFICE_DISTRICTS);
        return new Building(
                district,
                1 + random.nextInt(5),
                1 + random.nextInt(30),
                1 + random.nextInt(20),
                pick(OFFICE_BUILDING_HEADS) + town(district) + pick(OFFICE_BUILDING_TAILS),
                3 + random.nextInt(25));
    }

    /** 西新宿 of 新宿区西新宿: what buildings and condominiums are named after. */
    private static String town(Locality area) {
        String city = area.city();
        return city.substring(Math.max(city.lastIndexOf('区'), city.lastIndexOf('市')) + 1);
    }

    private String street(Building b, boolean withPrefecture) {
        return street(b.locality(), b.chome(), b.ban(), b.go(), withPrefecture);
    }

    private String street(Locality area, int chome, int ban, int go, boolean withPrefecture) {
        String prefix = (withPrefecture ? area.prefecture() : "") + area.city();
        return switch (random.nextInt(3)) {
            case 0 -> prefix + "一二三四五".charAt(chome - 1) + "丁目" + ban + "番" + go + "号";
            case 1 -> prefix + chome + "-" + ban + "-" + go;
            default -> prefix + chome + "丁目" + ban + "-" + go;
        };
    }

    // ---- phones ----

    PhoneNumber mobile() {
        return uniquePhone(() -> "0" + (7 + random.nextInt(3)) + "0-" + nonZero() + digits(3) + "-" + digits(4));
    }

    PhoneNumber landline(Locality area) {
        String code = area.areaCode();
        int subscriber = 10 - code.length();
        int head = subscriber - 4;
        return uniquePhone(() -> code + "-" + (2 + random.nextInt(8)) + digits(head - 1) + "-" + digits(4));
    }

    PhoneNumber ipPhone() {
        return uniquePhone(() -> "050-" + nonZero() + digits(3) + "-" + digits(4));
    }

    PhoneNumber ownTollFree() {
        return uniquePhone(() -> "0120-" + nonZero() + digits(2) + "-" + digits(3));
    }

    /** A toll-free number a call centre answers for many clients; the first ones are the busiest. */
    PhoneNumber callCentre() {
        return callCentreNumbers.get((int) (callCentreNumbers.size() * Math.pow(random.nextDouble(), 2)));
    }

    Locality officeArea(Address address) {
        for (Locality district : OFFICE_DISTRICTS) {
            if (address.value().contains(district.city())) {
                return district;
            }
        }
        return OFFICE_DISTRICTS.getFirst();
    }

    Locality homeArea(Address address) {
        for (Locality area : RESIDENTIAL_AREAS) {
            if (address.value().contains(area.city())) {
                return area;
            }
        }
        return RESIDENTIAL_AREAS.getFirst();
    }

    // ---- bank accounts ----

    BankAccount bankAccount(String holder) {
        String number;
        do {
            number = nonZero() + digits(6);
        } while (!usedAccounts.add(number));
        return new BankAccount(pick(BANKS), pick(BRANCHES), AccountType.ORDINARY, number, holder);
    }

    // ---- helpers ----

    /** A number no party has yet; numbers libphonenumber does not accept are drawn again. */
    private PhoneNumber uniquePhone(Supplier<String> written) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            String text = written.get();
            try {
                PhoneNumber phone = PhoneNumber.parse(text);
                if (usedNumbers.add(phone.e164())) {
                    return phone;
                }
            } catch (DomainException invalid) {
                // an unassigned range: draw another
            }
        }
        throw new IllegalStateException("could not draw a valid, unused phone number");
    }

    private String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private char nonZero() {
        return (char) ('1' + random.nextInt(9));
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
