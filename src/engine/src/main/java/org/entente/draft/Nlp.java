package org.entente.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * OpenNLP's English models, read once per JVM from their Maven artifacts on the class path: they depend on no file
 * of the rules, so a drafter loaded again (a reload of the service's rules, each command of a test JVM) reuses them.
 * The models are shared; the tools that use them keep state, so each call makes its own (they are cheap next to the
 * models).
 */
final class Nlp {

    private static final SentenceModel SENTENCES =
            load("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    private static final TokenizerModel TOKENS = load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    private static final POSModel PARTS = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
    private static final LemmatizerModel LEMMAS = load("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", GreedyLemmas::new);
    private static final LanguageDetectorModel LANGUAGES = load("langdetect-183.bin", LanguageDetectorModel::new);
    /** Dotted abbreviations a sentence may end in or go on past ("the U.S."), lower case. */
    private final Set<String> dotted;
    /** The words that, capitalised after one of those abbreviations, open a new sentence ("The", "On"). */
    private final Set<String> openers;

    /** The models, with the abbreviations and sentence openers of {@code language.yaml}. */
    Nlp(Set<String> dotted, Set<String> openers) {
        this.dotted = dotted;
        this.openers = openers;
    }

    /** The models alone: sentences end where OpenNLP's sentence model says. */
    Nlp() {
        this(Set.of(), Set.of());
    }

    /**
     * The lemmatizer decoded greedily (the best lemma class at each word, given those before it), where the model asks
     * for a beam of 3: it scores every one of its lemma classes at each step, which made it most of a draft's time; on
     * the seed article greedy decoding gives the same lemma for every one of its 638 tokens at about a third of the
     * cost. OpenNLP's own beam search of width 1 sorts all the scores at every word to find the best one, which was
     * still a quarter of drafting; {@link Greedy} takes the highest score instead, and decodes alike
     * ({@code GreedyLemmasTest}).
     */
    private static final class GreedyLemmas extends LemmatizerModel {
        private final Greedy greedy;

        GreedyLemmas(InputStream in) throws IOException {
            super(in);
            greedy = new Greedy(getArtifact("lemmatizer.model"));
        }

        @Override
        public SequenceClassificationModel getLemmatizerSequenceModel() {
            return greedy;
        }
    }

    /** A sequence model that keeps, at each element, the best-scored outcome the validator allows. */
    static final class Greedy implements SequenceClassificationModel {
        private final MaxentModel model;
        private final String[] outcomes;

        Greedy(MaxentModel model) {
            this.model = model;
            this.outcomes = new String[model.getNumOutcomes()];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = model.getOutcome(i);
            }
        }

        @Override
        public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext,
                                         BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
            Sequence best = new Sequence();
            String[] prior = new String[0];
            for (int i = 0; i < sequence.length; i++) {
                double[] scores = model.eval(contexts.getContext(i, sequence, prior, additionalContext));
                int chosen = -1;
                for (int o = 0; o < scores.length; o++) {
                    if ((chosen < 0 || scores[o] > scores[chosen])
                            && validator.validSequence(i, sequence, prior, outcomes[o])) {
                        chosen = o;
                    }
                }
                if (chosen < 0) {
                    chosen = argmax(scores);
                }
                best.add(outcomes[chosen], scores[chosen]);
                prior = best.getOutcomes().toArray(String[]::new);
            }
            return best;
        }

        private static int argmax(double[] scores) {
            int best = 0;
            for (int o = 1; o < scores.length; o++) {
                if (scores[o] > scores[best]) {
                    best = o;
                }
            }
            return best;
        }

        /** Several sequences need a beam: OpenNLP's, as wide as asked. */
        @Override
        public <T> Sequence[] bestSequences(int count, T[] sequence, Object[] additionalContext, double minScore,
                                            BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
            return new BeamSearch(count, model).bestSequences(count, sequence, additionalContext, minScore, contexts,
                    validator);
        }

        @Override
        public <T> Sequence[] bestSequences(int count, T[] sequence, Object[] additionalContext,
                                            BeamSearchContextGenerator<T> contexts, SequenceValidator<T> validator) {
            return new BeamSearch(count, model).bestSequences(count, sequence, additionalContext, contexts, validator);
        }

        @Override
        public String[] getOutcomes() {
            return outcomes.clone();
        }
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = Nlp.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP model " + resource, e);
        }
    }

    /** The words of a gazetteer name as the tokenizer splits them in a sentence, so the two compare. */
    String[] tokenize(String phrase) {
        return new TokenizerME(TOKENS).tokenize(phrase);
    }

    /** The ISO 639-3 code of the text's most likely language, with its probability. */
    LanguageGuess language(String text) {
        var best = new LanguageDetectorME(LANGUAGES).predictLanguage(text);
        return new LanguageGuess(best.getLang(), best.getConfidence());
    }

    record LanguageGuess(String language, double confidence) {
    }

    /**
     * The text's sentences, each with its tokens. Paragraphs (lines) are split first, so a headline without a full
     * stop never runs into the paragraph below it.
     */
    List<Sentence> sentences(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(SENTENCES);
        TokenizerME tokenizer = new TokenizerME(TOKENS);
        POSTaggerME tagger = new POSTaggerME(PARTS);
        LemmatizerME lemmatizer = new LemmatizerME(LEMMAS);
        List<Sentence> result = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            for (Span span : atAbbreviations(line, detector.sentPosDetect(line))) {
                String covered = line.substring(span.getStart(), span.getEnd()).strip();
                if (!covered.isEmpty()) {
                    int offset = lineStart + span.getStart() + line.substring(span.getStart()).indexOf(covered);
                    result.add(sentence(covered, offset, tokenizer, tagger, lemmatizer));
                }
            }
            lineStart = lineEnd + 1;
        }
        return result;
    }

    /**
     * OpenNLP's model both splits after "U.S." when a capital follows ("said U.S." | "President Joe Biden would
     * visit") and runs on past it where a sentence does end ("aid from the U.S. The next day, ..."). A dotted
     * abbreviation of {@code dottedAbbreviations} ends a sentence exactly when the word after it is capitalised and one
     * of {@code sentenceOpeners}: the model's sentences are joined across it, or split after it, to say so.
     */
    private List<Span> atAbbreviations(String line, Span[] detected) {
        List<Span> joined = new ArrayList<>();
        for (Span span : detected) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && endsInAbbreviation(line, last.getEnd()) && !opens(line, span.getStart())) {
                joined.set(joined.size() - 1, new Span(last.getStart(), span.getEnd()));
            } else {
                joined.add(span);
            }
        }
        List<Span> split = new ArrayList<>();
        for (Span span : joined) {
            int start = span.getStart();
            for (int k = line.indexOf(' ', start); k > 0 && k < span.getEnd(); k = line.indexOf(' ', k + 1)) {
                if (endsInAbbreviation(line, k) && opens(line, k + 1)) {
                    split.add(new Span(start, k));
                    start = k + 1;
                }
            }
            split.add(new Span(start, span.getEnd()));
        }
        return split;
    }

    /** Whether the text up to {@code end} (trailing spaces aside) ends in one of the dotted abbreviations. */
    private boolean endsInAbbreviation(String line, int end) {
        int to = end;
        while (to > 0 && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        int from = to;
        while (from > 0 && !Character.isWhitespace(line.charAt(from - 1))) {
            from--;
        }
        return dotted.contains(line.substring(from, to).toLowerCase(Locale.ROOT));
    }

    /** Whether the first word from {@code start} is capitalised and one of the sentence openers. */
    private boolean opens(String line, int start) {
        int from = start;
        while (from < line.length() && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        int to = from;
        while (to < line.length() && Character.isLetter(line.charAt(to))) {
            to++;
        }
        return to > from && Character.isUpperCase(line.charAt(from))
                && openers.contains(line.substring(from, to).toLowerCase(Locale.ROOT));
    }

    private static Sentence sentence(String text, int offset, TokenizerME tokenizer, POSTaggerME tagger,
                                     LemmatizerME lemmatizer) {
        List<Span> spans = new ArrayList<>();
        for (Span span : tokenizer.tokenizePos(text)) {
            splitPossessive(text, span, spans);
        }
        splitFinalStop(text, spans);
        String[] words = spans.stream().map(span -> text.substring(span.getStart(), span.getEnd())).toArray(String[]::new);
        String[] tags = tagger.tag(words);
        String[] lemma = lemmatizer.lemmatize(words, tags);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], spans.get(i).getStart(), spans.get(i).getEnd(), tags[i],
                    lemma[i].toLowerCase(Locale.ROOT)));
        }
        return new Sentence(text, offset, tokens);
    }

    /** Words whose full stop is their own even at a sentence's end: "Acme Inc." keeps its "Inc.". */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "jr", "sr",
            "st", "inc", "ltd", "co", "corp", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "prof", "no", "vs", "etc",
            "bros", "mt", "ft", "capt", "maj", "adm", "cmdr", "rev", "hon", "esq", "pp", "al");

    /**
     * The English model keeps a sentence's full stop on a name it does not know ("held talks with Aliyev." is one
     * token "Aliyev."), as if it were an abbreviation; so the name is not recognised and the tagger sees no full stop.
     * The last word of a sentence (before any closing quotes or brackets) gives its full stop back, unless it is an
     * abbreviation with dots of its own ("the U.S."), an initial or a known abbreviation ("Inc.").
     */
    private static void splitFinalStop(String text, List<Span> spans) {
        int last = spans.size() - 1;
        while (last >= 0 && text.substring(spans.get(last).getStart(), spans.get(last).getEnd())
                .chars().noneMatch(Character::isLetterOrDigit)) {
            last--;
        }
        if (last < 0) {
            return;
        }
        Span span = spans.get(last);
        String word = text.substring(span.getStart(), span.getEnd());
        String bare = word.substring(0, word.length() - 1);
        if (word.endsWith(".") && bare.length() > 1 && bare.indexOf('.') < 0
                && bare.chars().allMatch(Character::isLetter)
                && !ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT))) {
            spans.set(last, new Span(span.getStart(), span.getEnd() - 1));
            spans.add(last + 1, new Span(span.getEnd() - 1, span.getEnd()));
        }
    }

    /**
     * The English model keeps "Russia's" and "Jinping’s" whole, and a plural's "Houthis'" too; the gazetteer needs
     * the name apart from the 's or the apostrophe.
     */
    private static void splitPossessive(String text, Span span, List<Span> into) {
        String word = text.substring(span.getStart(), span.getEnd());
        if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
            into.add(new Span(span.getStart(), span.getEnd() - 2));
            into.add(new Span(span.getEnd() - 2, span.getEnd()));
        } else if (word.length() > 2 && (word.endsWith("s'") || word.endsWith("s’"))) {
            into.add(new Span(span.getStart(), span.getEnd() - 1));
            into.add(new Span(span.getEnd() - 1, span.getEnd()));
        } else {
            into.add(span);
        }
    }
}
