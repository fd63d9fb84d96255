package org.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import org.junit.jupiter.api.Test;

/**
 * The drafter's greedy lemmatizer (Nlp.Greedy) gives every word the lemma OpenNLP's own beam search of width 1 gives
 * it: on every sentence of four articles, tagged as the drafter tags them.
 */
class GreedyLemmasTest {

    /** The lemmatizer as OpenNLP decodes it with a beam of one. */
    private static final class BeamOfOne extends LemmatizerModel {
        BeamOfOne(InputStream in) throws IOException {
            super(in);
            setManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER, "1");
        }
    }

    @Test
    void everyWordGetsTheLemmaOfABeamOfOne() throws IOException {
        LemmatizerME beam;
        try (InputStream in = Nlp.class.getClassLoader()
                .getResourceAsStream("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")) {
            beam = new LemmatizerME(new BeamOfOne(in));
        }
        Nlp nlp = new Nlp();
        int words = 0;
        for (String name : Stream.of("000_53dffffe28bbb940", "karabakh-2023", "red-sea-2023", "wagner-mutiny-2023")
                .map(slug -> slug + ".txt").toList()) {
            for (Sentence sentence : nlp.sentences(Drafter.read(Path.of("seeds", name)))) {
                String[] text = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
                String[] tags = sentence.tokens().stream().map(Token::pos).toArray(String[]::new);
                String[] lemmas = beam.lemmatize(text, tags);
                for (int i = 0; i < text.length; i++) {
                    assertThat(sentence.tokens().get(i).lemma()).as("%s in %s", text[i], sentence.text())
                            .isEqualTo(lemmas[i].toLowerCase(Locale.ROOT));
                }
                words += text.length;
            }
        }
        assertThat(words).isGreaterThan(2_000);
    }
}
