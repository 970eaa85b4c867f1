package io.github.crowdfund.json;

/**
 * The tokens a {@link JsonCodec} reads, implemented over a JSON library's parser. The reader is positioned on a
 * <em>current token</em>: a codec's {@link JsonCodec#read(JsonReader)} starts on the first token of its value and
 * returns positioned on the value's last token ({@link Token#END_OBJECT} of an object, the scalar itself), as
 * Jackson's deserializers do.
 *
 * <p>Implementations report the library's own parse errors (malformed JSON) as unchecked exceptions. An
 * implementation is used by one thread at a time.
 */
public interface JsonReader {

  /** The kinds of JSON token. */
  enum Token {
    /** {@code {} */
    BEGIN_OBJECT,
    /** {@code }} */
    END_OBJECT,
    /** {@code [} */
    BEGIN_ARRAY,
    /** {@code ]} */
    END_ARRAY,
    /** A field name inside an object; {@link JsonReader#text()} is the name. */
    NAME,
    /** A string value; {@link JsonReader#text()} is the string. */
    STRING,
    /** A number; {@link JsonReader#text()} is the number as written, such as {@code 12} or {@code 1.5e3}. */
    NUMBER,
    /** {@code true} */
    TRUE,
    /** {@code false} */
    FALSE,
    /** {@code null} */
    NULL,
    /** No more input. */
    END_OF_INPUT
  }

  /**
   * Returns the current token.
   *
   * @return the current token, not null
   */
  Token current();

  /**
   * Moves to the next token.
   *
   * @return the new current token, not null
   */
  Token next();

  /**
   * Returns the text of the current token: the name of a {@link Token#NAME}, the value of a {@link Token#STRING},
   * the number of a {@link Token#NUMBER} as written; for other tokens their JSON text.
   *
   * @return the text, not null
   */
  String text();

  /**
   * Returns where the current token is, as a JSON path from the document's root, such as {@code $.pledge.amount}
   * or {@code $.entries[2]}. {@link JsonPath} builds it.
   *
   * @return the path, not null
   */
  String path();
}
