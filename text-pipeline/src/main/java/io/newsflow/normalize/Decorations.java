package io.newsflow.normalize;

/** Decoration glyphs printed before bylines and headlines (▶ 本报记者 ...), never part of the text. */
final class Decorations {
    private Decorations() {
    }

    private static final String GLYPHS = "▶►▷▸▼▽▲△■□◆◇●○★☆◎※◥◤◣◢█▌▍";

    static boolean isDecoration(char c) {
        return GLYPHS.indexOf(c) >= 0;
    }
}
