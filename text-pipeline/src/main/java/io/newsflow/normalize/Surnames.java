package io.newsflow.normalize;

/**
 * Common Chinese single-character surnames: the normalizer reads a signature of names glued together
 * (王小明李华) by them, the entity rules tell a person's name from a brand or a transliteration. Immutable.
 */
public final class Surnames {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

    private Surnames() {
    }

    /** Whether {@code c} is one of the common surnames. */
    public static boolean isSurname(char c) {
        return SURNAMES.indexOf(c) >= 0;
    }

    /**
     * Whether {@code names} (Han characters only) reads as one or more names of two or three characters, each
     * starting with a common surname: 王小明, 王小明李华. Names glued together have no separator, so every way of
     * cutting the text into such names is tried.
     */
    public static boolean isNameRun(String names) {
        int n = names.length();
        if (n < 2 || !names.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return false;
        }
        // readable[i]: names[i..n) cuts into surname-led names of 2 or 3 characters
        boolean[] readable = new boolean[n + 1];
        readable[n] = true;
        for (int i = n - 2; i >= 0; i--) {
            readable[i] = isSurname(names.charAt(i)) && (readable[i + 2] || i + 3 <= n && readable[i + 3]);
        }
        return readable[0];
    }
}
