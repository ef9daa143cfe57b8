package io.newsflow.extract.tagger;

import io.newsflow.extract.Mention;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained character tagger (averaged structured perceptron, first-order, BIOES): sparse feature
 * weights plus tag transitions. Immutable after loading, so one instance is safe to share between
 * threads.
 *
 * <p>File format (gzip): magic, format version, feature-set name, the gazetteer (count, then name and
 * type ordinal per entry; empty unless the feature set uses one), tag count, weight scale, penalty on
 * tag O, transitions, number of
 * features, then per feature its 64-bit key and its non-zero (tag, weight) pairs with weights stored
 * as 16-bit fixed point of a per-file scale (halves the size; rounding error below 1/65534 of the
 * largest weight).
 */
public final class PerceptronModel {

    static final String MAGIC = "NEWSFLOW-NER-PERCEPTRON";
    static final int FORMAT = 2;
    private static final int T = TagSet.SIZE;

    private final Features features;
    private final float[] trans;
    private final LongIntMap rows;
    private final int[] rowStart;
    private final byte[] tags;
    private final float[] weights;
    /**
     * Subtracted from the score of tag O at every char. Perceptron taggers trade recall for
     * precision; a small penalty on O, tuned on held-out training sentences, rebalances them.
     */
    private final float outsidePenalty;

    PerceptronModel(Features features, float[] trans, LongIntMap rows, int[] rowStart, byte[] tags, float[] weights) {
        this(features, trans, rows, rowStart, tags, weights, 0f);
    }

    private PerceptronModel(Features features, float[] trans, LongIntMap rows, int[] rowStart, byte[] tags,
                            float[] weights, float outsidePenalty) {
        this.outsidePenalty = outsidePenalty;
        this.features = features;
        this.trans = trans;
        this.rows = rows;
        this.rowStart = rowStart;
        this.tags = tags;
        this.weights = weights;
    }

    /** Name of the feature set this model was trained with. */
    public String featureSet() {
        return features.name();
    }

    public int featureCount() {
        return rows.size();
    }

    public float outsidePenalty() {
        return outsidePenalty;
    }

    /** The same model with another penalty on tag O (shares all weights). */
    PerceptronModel withOutsidePenalty(float penalty) {
        return new PerceptronModel(features, trans, rows, rowStart, tags, weights, penalty);
    }

    /** Appends the mentions in {@code text[from, to)} to {@code out} (offsets into {@code text}). */
    public void tag(String text, int from, int to, List<Mention> out) {
        int n = to - from;
        if (n <= 0) {
            return;
        }
        int[] best = Viterbi.decode(emissions(features.extract(text, from, to), n), trans, n);
        TagSet.decode(text, from, best, n, out);
    }

    private float[] emissions(long[] keys, int n) {
        int f = features.perPosition();
        float[] emit = new float[n * T];
        for (int i = 0; i < n; i++) {
            int base = i * T;
            emit[base + TagSet.O] = -outsidePenalty;
            for (int k = i * f, end = k + f; k < end; k++) {
                long key = keys[k];
                if (key == 0) {
                    continue;
                }
                int r = rows.get(key);
                if (r < 0) {
                    continue;
                }
                for (int j = rowStart[r], e = rowStart[r + 1]; j < e; j++) {
                    emit[base + tags[j]] += weights[j];
                }
            }
        }
        return emit;
    }

    /** Writes the model; {@code load} reads it back. */
    public void save(OutputStream os) throws IOException {
        float max = 1e-9f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        for (float w : trans) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = 32767f / max;
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os, 1 << 16), 1 << 16));
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(features.name());
        Gazetteer gaz = features.gazetteer();
        out.writeInt(gaz == null ? 0 : gaz.size());
        if (gaz != null) {
            for (var e : new java.util.TreeMap<>(gaz.names()).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeByte(e.getValue().ordinal());
            }
        }
        out.writeInt(T);
        out.writeFloat(scale);
        out.writeFloat(outsidePenalty);
        for (float w : trans) {
            out.writeFloat(w);
        }
        long[] keys = rows.keysByRow();
        out.writeInt(keys.length);
        for (int r = 0; r < keys.length; r++) {
            out.writeLong(keys[r]);
            out.writeByte(rowStart[r + 1] - rowStart[r]);
            for (int j = rowStart[r]; j < rowStart[r + 1]; j++) {
                out.writeByte(tags[j]);
                out.writeShort(Math.round(weights[j] * scale));
            }
        }
        out.flush();
        out.close();
    }

    /** Reads a model written by {@link #save}; fails with a clear message on a foreign or corrupt file. */
    public static PerceptronModel load(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
        String magic = in.readUTF();
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a Newsflow NER model (magic '" + magic + "')");
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("NER model format " + format + " not supported (this build reads " + FORMAT + ")");
        }
        String featureSet = in.readUTF();
        int gazSize = in.readInt();
        java.util.Map<String, io.newsflow.extract.EntityType> names = new java.util.HashMap<>();
        for (int i = 0; i < gazSize; i++) {
            String name = in.readUTF();
            names.put(name, io.newsflow.extract.EntityType.values()[in.readUnsignedByte()]);
        }
        Features features = new Features(featureSet, featureSet.endsWith("+gaz") ? new Gazetteer(names) : null);
        int t = in.readInt();
        if (t != T) {
            throw new IOException("NER model has " + t + " tags, expected " + T);
        }
        float scale = in.readFloat();
        float outsidePenalty = in.readFloat();
        float[] trans = new float[(T + 1) * T];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = in.readFloat();
        }
        int n = in.readInt();
        LongIntMap rows = new LongIntMap(n);
        int[] rowStart = new int[n + 1];
        byte[] tags = new byte[n * 4];
        float[] weights = new float[n * 4];
        int j = 0;
        for (int r = 0; r < n; r++) {
            rows.put(in.readLong(), r);
            int nnz = in.readUnsignedByte();
            if (j + nnz > tags.length) {
                int cap = Math.max(tags.length * 3 / 2, j + nnz);
                tags = java.util.Arrays.copyOf(tags, cap);
                weights = java.util.Arrays.copyOf(weights, cap);
            }
            for (int k = 0; k < nnz; k++) {
                tags[j] = in.readByte();
                weights[j] = in.readShort() / scale;
                j++;
            }
            rowStart[r + 1] = j;
        }
        return new PerceptronModel(features, trans, rows, rowStart,
                java.util.Arrays.copyOf(tags, j), java.util.Arrays.copyOf(weights, j), outsidePenalty);
    }
}
