package org.shuzhi.dataset.internal;

import java.util.Random;

import org.shuzhi.privacy.ResidentIdNumber;
import org.shuzhi.privacy.SocialCreditCode;

/**
 * Synthetic rows for the demo datasets, the same on every start (fixed seeds): names, resident ID numbers and USCCs
 * with correct check characters, mobile numbers of the right shape — all made up.
 */
final class DemoRows {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许沈";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文红玉兰";
    private static final String[] TOWNS = {"松陵街道", "同里镇", "平望镇", "盛泽镇", "七都镇", "震泽镇", "桃源镇", "黎里镇"};
    private static final String[] ROADS = {"中山路", "鲈乡路", "笠泽路", "流虹路", "开平路", "仲英大道", "江兴路"};
    private static final String[] TRADES = {"纺织", "丝绸", "电缆", "光电", "机械", "食品", "物流", "科技"};
    private static final String[] POLLUTANTS = {"化学需氧量、氨氮", "二氧化硫、氮氧化物", "颗粒物", "挥发性有机物",
        "总磷、总氮", "化学需氧量、总磷"};
    private static final String[] LZ_PLACES = {"城关区庆阳路", "七里河区西津西路", "安宁区北滨河西路", "西固区玉门街",
        "城关区南昌路", "七里河区建兰路"};
    private static final String[] LZ_KINDS = {"占道经营", "违规户外广告", "渣土撒漏", "乱堆乱放", "违法建设"};

    private DemoRows() {
    }

    /** 实有人口: name, resident ID, mobile, address. */
    static String population(int rows) {
        Random random = new Random(320509_0001L);
        StringBuilder csv = new StringBuilder("name,id_number,mobile,address\n");
        for (int i = 0; i < rows; i++) {
            String birth = String.format("%04d%02d%02d", 1950 + random.nextInt(55), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            String first17 = "320509" + birth + String.format("%03d", i % 1000);
            csv.append(name(random)).append(',').append(first17).append(ResidentIdNumber.checkCharacter(first17))
                    .append(',').append("139").append(String.format("%08d", random.nextInt(100_000_000)))
                    .append(',').append(address(random)).append('\n');
        }
        return csv.toString();
    }

    /** 市场主体: USCC (key), name, legal representative, domicile. */
    static String entities(int rows) {
        Random random = new Random(320509_0002L);
        StringBuilder csv = new StringBuilder("uscc,entity_name,legal_rep,domicile\n");
        for (int i = 0; i < rows; i++) {
            csv.append(uscc(i)).append(',').append("吴江").append(TRADES[random.nextInt(TRADES.length)])
                    .append(String.format("%03d", i)).append("有限公司,").append(name(random)).append(',')
                    .append(address(random)).append('\n');
        }
        return csv.toString();
    }

    /** 重点排污单位: USCC (key), name, main pollutants. */
    static String polluters(int rows) {
        Random random = new Random(320509_0003L);
        StringBuilder csv = new StringBuilder("统一社会信用代码,单位名称,主要污染物\n");
        for (int i = 0; i < rows; i++) {
            csv.append(uscc(5000 + i)).append(',').append("吴江").append(TRADES[random.nextInt(TRADES.length)])
                    .append("印染").append(String.format("%03d", i)).append("厂,\"")
                    .append(POLLUTANTS[random.nextInt(POLLUTANTS.length)]).append("\"\n");
        }
        return csv.toString();
    }

    /** 兰州城市管理案件: place, kind. */
    static String lanzhouCases(int rows) {
        Random random = new Random(6201_0001L);
        StringBuilder csv = new StringBuilder("place,kind\n");
        for (int i = 0; i < rows; i++) {
            csv.append(LZ_PLACES[random.nextInt(LZ_PLACES.length)]).append(1 + random.nextInt(300)).append("号,")
                    .append(LZ_KINDS[random.nextInt(LZ_KINDS.length)]).append('\n');
        }
        return csv.toString();
    }

    /** A USCC of a company registered in 吴江区: 91, the division code, a made-up organisation code, the check. */
    static String uscc(int n) {
        String first17 = "91320509" + String.format("MA%07d", n);
        return first17 + SocialCreditCode.checkCharacter(first17);
    }

    private static String name(Random random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
    }

    private static String address(Random random) {
        return "苏州市吴江区" + TOWNS[random.nextInt(TOWNS.length)] + ROADS[random.nextInt(ROADS.length)]
                + (1 + random.nextInt(999)) + "号";
    }
}
