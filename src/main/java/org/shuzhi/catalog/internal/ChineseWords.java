package org.shuzhi.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Chinese word segmentation with Lucene smartcn (a hidden-Markov-model segmenter with its own dictionary), so that
 * PostgreSQL's full-text search — which knows no Chinese — indexes and matches words: 人口基本信息 becomes 人口 / 基本 /
 * 信息. Latin words are lower-cased and stemmed alike on both sides. Stop words are dropped.
 */
final class ChineseWords {

    private static final Analyzer ANALYZER = new SmartChineseAnalyzer();

    private ChineseWords() {
    }

    /** The distinct words of {@code text}, in order of first appearance. */
    static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString().toLowerCase(Locale.ROOT);
                // tsquery syntax characters cannot be part of a word
                if (!word.isBlank() && word.chars().noneMatch(c -> "&|!():*'\\<>".indexOf(c) >= 0)) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The words as a document for {@code to_tsvector('simple', …)}. */
    static String document(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            words.addAll(of(text));
        }
        return String.join(" ", words);
    }

    /** A {@code to_tsquery('simple', …)} text that matches documents holding every word of {@code query}. */
    static String query(String query) {
        return String.join(" & ", of(query));
    }
}
