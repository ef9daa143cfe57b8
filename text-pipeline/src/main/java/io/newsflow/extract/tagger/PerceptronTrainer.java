package io.newsflow.extract.tagger;

import io.newsflow.extract.Mention;
import io.newsflow.extract.eval.BioSentence;
import io.newsflow.extract.eval.NerScores;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Trains a {@link PerceptronModel}: averaged structured perceptron (Collins 2002) over
 * {@link Features}, first-order Viterbi with BIOES constraints. Deterministic for a given input,
 * configuration and seed. After every epoch the averaged model is scored on the development
 * sentences and the best epoch is kept (development data must come from the training split, never
 * from the test set).
 */
public final class PerceptronTrainer {

    private static final int T = TagSet.SIZE;

    /**
     * @param featureSet  {@code chars} or {@code chars+hanlp}
     * @param epochs      passes over the training data (≥ 1)
     * @param minCount    features seen fewer times in training are dropped
     * @param pruneBelow  averaged weights with smaller magnitude are dropped from the saved model
     * @param seed        shuffling seed
     * @param trainingNamesInGazetteer whether the names of the training sentences join the gazetteer
     *                    of a {@code +gaz} feature set (jackknifed), or only the gazetteer source's
     */
    public record Config(String featureSet, int epochs, int minCount, float pruneBelow, long seed,
                         boolean trainingNamesInGazetteer) {
        public Config {
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be >= 1, got " + epochs);
            }
            if (minCount < 1) {
                throw new IllegalArgumentException("minCount must be >= 1, got " + minCount);
            }
        }
    }

    private final Config config;
    private final PrintStream log;

    public PerceptronTrainer(Config config, PrintStream log) {
        this.config = config;
        this.log = log;
    }

    /** Folds for the training-set gazetteer (see {@link #train}). */
    static final int GAZETTEER_FOLDS = 5;

    /**
     * Trains a model.
     *
     * <p>Feature sets ending in {@code +gaz} use a gazetteer: the names of {@code gazetteerSource} (a
     * different corpus) plus the names of {@code train}. So that the weights learn how reliable the
     * gazetteer is on unseen text rather than memorising "every training name is in the list", the
     * features of a training sentence come from a gazetteer built without that sentence's fold
     * (jackknifing, {@value #GAZETTEER_FOLDS} folds); the saved model carries the full gazetteer.
     *
     * @param gazetteerSource sentences whose gold names go into the gazetteer ({@code +gaz} only)
     */
    public PerceptronModel train(List<BioSentence> train, List<BioSentence> dev, List<BioSentence> gazetteerSource) {
        List<PeoplesDaily1998.Partial> asPartial = new ArrayList<>();
        return train(train, dev, gazetteerSource, asPartial);
    }

    /**
     * Trains on fully annotated sentences ({@code train}) plus partially annotated ones
     * ({@code partial}): for those, the gold sequence is the model's best sequence that keeps the
     * given spans and puts O on the chars marked surely outside, leaving every other char free. So a
     * corpus that marks fewer names (People's Daily 1998 vs MSRA) teaches what it does mark without
     * teaching that everything else is O. The gazetteer ({@code +gaz}) holds the names of
     * {@code gazetteerSource}, {@code partial} and {@code train}; features of a training sentence come
     * from a gazetteer without its fold.
     */
    public PerceptronModel train(List<BioSentence> train, List<BioSentence> dev, List<BioSentence> gazetteerSource,
                                 List<PeoplesDaily1998.Partial> partial) {
        // training items: full sentences first, then partial ones; masks only for the latter
        List<BioSentence> items = new ArrayList<>(train);
        List<int[]> masks = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            masks.add(null);
        }
        for (PeoplesDaily1998.Partial p : partial) {
            items.add(p.sentence());
            masks.add(mask(p));
        }
        boolean gaz = config.featureSet().endsWith("+gaz");
        Features features;
        Features[] foldFeatures = new Features[GAZETTEER_FOLDS];
        if (gaz && !config.trainingNamesInGazetteer()) {
            List<BioSentence> names = new ArrayList<>(gazetteerSource);
            for (PeoplesDaily1998.Partial p : partial) {
                names.add(p.sentence());
            }
            features = new Features(config.featureSet(), Gazetteer.of(names));
            java.util.Arrays.fill(foldFeatures, features);
            log.printf(Locale.ROOT, "gazetteer: %d names (not from the training sentences)%n", features.gazetteer().size());
        } else if (gaz) {
            List<BioSentence> all = new ArrayList<>(gazetteerSource);
            all.addAll(items);
            Gazetteer full = Gazetteer.of(all);
            features = new Features(config.featureSet(), full);
            for (int k = 0; k < GAZETTEER_FOLDS; k++) {
                List<BioSentence> without = new ArrayList<>(gazetteerSource);
                for (int i = 0; i < items.size(); i++) {
                    if (i % GAZETTEER_FOLDS != k) {
                        without.add(items.get(i));
                    }
                }
                foldFeatures[k] = new Features(config.featureSet(), Gazetteer.of(without));
            }
            log.printf(Locale.ROOT, "gazetteer: %d names (%d folds for training features)%n", full.size(), GAZETTEER_FOLDS);
        } else {
            features = new Features(config.featureSet());
            java.util.Arrays.fill(foldFeatures, features);
        }
        int f = features.perPosition();
        long t0 = System.nanoTime();
        // 1. feature keys of every training sentence, counted
        List<long[]> keys = new ArrayList<>(items.size());
        LongIntMap seen = new LongIntMap(1 << 20);
        int[] counts = new int[1 << 20];
        for (int si = 0; si < items.size(); si++) {
            BioSentence s = items.get(si);
            long[] k = foldFeatures[si % GAZETTEER_FOLDS].extract(s.text(), 0, s.text().length());
            keys.add(k);
            for (long key : k) {
                if (key != 0) {
                    int r = seen.getOrAdd(key);
                    if (r >= counts.length) {
                        counts = Arrays.copyOf(counts, counts.length * 2);
                    }
                    counts[r]++;
                }
            }
        }
        long[] byRow = seen.keysByRow();
        LongIntMap index = new LongIntMap(byRow.length);
        for (int r = 0; r < byRow.length; r++) {
            if (counts[r] >= config.minCount()) {
                index.getOrAdd(byRow[r]);
            }
        }
        log.printf(Locale.ROOT, "features: %d distinct, %d kept (min count %d), extraction %.1f s%n",
                byRow.length, index.size(), config.minCount(), (System.nanoTime() - t0) / 1e9);
        // 2. sentences as feature rows (-1 = dropped) and gold tags (null = decided per epoch by the mask)
        int[][] rows = new int[items.size()][];
        int[][] gold = new int[items.size()][];
        int[] length = new int[items.size()];
        for (int s = 0; s < items.size(); s++) {
            long[] k = keys.get(s);
            int[] r = new int[k.length];
            for (int i = 0; i < k.length; i++) {
                r[i] = k[i] == 0 ? -1 : index.get(k[i]);
            }
            rows[s] = r;
            length[s] = items.get(s).text().length();
            gold[s] = masks.get(s) == null ? TagSet.encode(length[s], items.get(s).gold()) : null;
            keys.set(s, null);
        }
        keys = null;
        // 3. perceptron epochs with lazy averaging: avg = w - u / c
        int nf = index.size();
        float[] w = new float[nf * T];
        float[] u = new float[nf * T];
        float[] tw = new float[(T + 1) * T];
        float[] tu = new float[(T + 1) * T];
        long c = 1;
        Integer[] order = new Integer[items.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random rnd = new Random(config.seed());
        PerceptronModel best = null;
        double bestF = -1;
        int bestEpoch = 0;
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            long e0 = System.nanoTime();
            java.util.Collections.shuffle(Arrays.asList(order), rnd);
            long errors = 0;
            for (int s : order) {
                int n = length[s];
                float[] emit = new float[n * T];
                int[] r = rows[s];
                for (int i = 0; i < n; i++) {
                    for (int k = i * f, end = k + f; k < end; k++) {
                        int row = r[k];
                        if (row >= 0) {
                            int base = row * T;
                            for (int t = 0; t < T; t++) {
                                emit[i * T + t] += w[base + t];
                            }
                        }
                    }
                }
                int[] pred = Viterbi.decode(emit, tw, n);
                int[] g = gold[s] != null ? gold[s] : Viterbi.decode(emit, tw, n, masks.get(s));
                for (int i = 0; i < n; i++) {
                    int gp = i == 0 ? 0 : g[i - 1] + 1;
                    int pp = i == 0 ? 0 : pred[i - 1] + 1;
                    if (g[i] != pred[i]) {
                        errors++;
                        for (int k = i * f, end = k + f; k < end; k++) {
                            int row = r[k];
                            if (row >= 0) {
                                w[row * T + g[i]] += 1;
                                u[row * T + g[i]] += c;
                                w[row * T + pred[i]] -= 1;
                                u[row * T + pred[i]] -= c;
                            }
                        }
                    }
                    if (g[i] != pred[i] || gp != pp) {
                        tw[gp * T + g[i]] += 1;
                        tu[gp * T + g[i]] += c;
                        tw[pp * T + pred[i]] -= 1;
                        tu[pp * T + pred[i]] -= c;
                    }
                }
                c++;
            }
            PerceptronModel model = build(features, index, w, u, tw, tu, c);
            String devPart = "";
            if (!dev.isEmpty()) {
                NerScores scores = evaluate(model, dev);
                double[] o = scores.overall();
                devPart = String.format(Locale.ROOT, " dev P=%.2f R=%.2f F1=%.2f", o[0], o[1], o[2]);
                if (o[2] > bestF) {
                    bestF = o[2];
                    best = model;
                    bestEpoch = epoch;
                }
            } else {
                best = model;
                bestEpoch = epoch;
            }
            log.printf(Locale.ROOT, "epoch %d: %d char errors, %.1f s%s%n", epoch, errors, (System.nanoTime() - e0) / 1e9, devPart);
        }
        if (!dev.isEmpty()) {
            best = tuneOutsidePenalty(best, dev, bestF);
        }
        log.printf(Locale.ROOT, "kept epoch %d (penalty on O %.2f); model has %d features; total training time %.1f s%n",
                bestEpoch, best.outsidePenalty(), best.featureCount(), (System.nanoTime() - t0) / 1e9);
        return best;
    }

    /** Allowed tags per char of a partially annotated sentence. */
    static int[] mask(PeoplesDaily1998.Partial p) {
        int n = p.sentence().text().length();
        int[] allowed = new int[n];
        boolean[] sure = p.sureOutside();
        for (int i = 0; i < n; i++) {
            allowed[i] = sure[i] ? 1 << TagSet.O : (1 << T) - 1;
        }
        int[] spanTags = TagSet.encode(n, p.sentence().gold());
        for (Mention m : p.sentence().gold()) {
            for (int i = m.start(); i < m.end(); i++) {
                allowed[i] = 1 << spanTags[i];
            }
        }
        return allowed;
    }

    /** Picks the penalty on tag O with the best development F1 (0 unless another one beats it). */
    private PerceptronModel tuneOutsidePenalty(PerceptronModel model, List<BioSentence> dev, double f0) {
        PerceptronModel best = model;
        double bestF = f0;
        for (float penalty : new float[] {0.5f, 1f, 2f, 3f, 4f, 6f, 8f}) {
            PerceptronModel candidate = model.withOutsidePenalty(penalty);
            double f = evaluate(candidate, dev).overall()[2];
            log.printf(Locale.ROOT, "penalty on O %.1f: dev F1=%.2f%n", penalty, f);
            if (f > bestF) {
                bestF = f;
                best = candidate;
            }
        }
        return best;
    }

    /** Averaged, pruned weights as a sparse model. */
    private PerceptronModel build(Features features, LongIntMap index, float[] w, float[] u, float[] tw, float[] tu, long c) {
        long[] keys = index.keysByRow();
        LongIntMap rows = new LongIntMap(keys.length);
        int[] rowStart = new int[keys.length + 1];
        byte[] tags = new byte[keys.length * 3];
        float[] weights = new float[keys.length * 3];
        int j = 0;
        int kept = 0;
        for (int r = 0; r < keys.length; r++) {
            int start = j;
            for (int t = 0; t < T; t++) {
                float avg = w[r * T + t] - u[r * T + t] / c;
                if (Math.abs(avg) > config.pruneBelow()) {
                    if (j == tags.length) {
                        tags = Arrays.copyOf(tags, tags.length * 3 / 2);
                        weights = Arrays.copyOf(weights, weights.length * 3 / 2);
                    }
                    tags[j] = (byte) t;
                    weights[j] = avg;
                    j++;
                }
            }
            if (j > start) {
                rows.put(keys[r], kept);
                rowStart[kept + 1] = j;
                kept++;
            }
        }
        float[] trans = new float[tw.length];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = tw[i] - tu[i] / c;
        }
        return new PerceptronModel(features, trans, rows, Arrays.copyOf(rowStart, kept + 1),
                Arrays.copyOf(tags, j), Arrays.copyOf(weights, j));
    }

    static NerScores evaluate(PerceptronModel model, List<BioSentence> sentences) {
        NerScores scores = new NerScores();
        for (BioSentence s : sentences) {
            List<Mention> out = new ArrayList<>();
            model.tag(s.text(), 0, s.text().length(), out);
            scores.add(s.gold(), out);
        }
        return scores;
    }
}
