package io.github.govdisclosure.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A file the programs write: checked before any work starts, then written whole or not at all.
 *
 * <p>The content goes to a temporary file in the target's folder, which is then moved over the
 * target atomically: an interrupted or failed run never leaves a half-written file that could pass
 * for a result. Messages name the target only, never the temporary file.
 */
final class OutputFile {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Locale locale;

  private OutputFile(Path target, Locale locale) {
    this.target = target;
    this.locale = locale;
  }

  /** What writes the content. */
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** A file that could not be written; the message is one line naming the target. */
  static final class WriteException extends Exception {
    private static final long serialVersionUID = 1L;

    WriteException(String message) {
      super(message);
    }
  }

  /**
   * The target, once it is known to be writable: its folder exists and takes a new file, and it is
   * not a folder or a read-only file.
   *
   * @param locale the language of the messages
   * @throws WriteException saying why it cannot be written
   */
  static OutputFile of(Path target, Locale locale) throws WriteException {
    Path absolute = target.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new WriteException(Words.CANNOT_WRITE.format(locale, target, Words.IT_IS_A_FOLDER.in(locale)));
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new WriteException(Words.CANNOT_WRITE.format(locale, target, Words.FOLDER_MISSING.format(locale, folder)));
    }
    if (Files.exists(absolute) && !Files.isWritable(absolute)) {
      throw new WriteException(Words.CANNOT_WRITE.format(locale, target, Words.READ_ONLY.in(locale)));
    }
    // the surest test that the folder takes a new file (a read-only file system, too) is to make one
    try {
      Files.delete(Files.createTempFile(folder, ".govdisclosure-", ".probe"));
    } catch (IOException e) {
      throw new WriteException(Words.CANNOT_WRITE.format(locale, target, reason(e, folder, locale)));
    }
    return new OutputFile(target, locale);
  }

  Path path() {
    return target;
  }

  /** Writes the content in UTF-8, whole or not at all. */
  void write(Content content) throws WriteException {
    Path absolute = target.toAbsolutePath().normalize();
    Path temporary = null;
    try {
      temporary = temporaryFile(absolute);
      try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new WriteException(Words.CANNOT_WRITE.format(locale, target, reason(e, absolute.getParent(), locale)));
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // nothing more to do: the target was written or the error above says why not
        }
      }
    }
  }

  /**
   * A new empty file next to the target, with the permissions a new file gets (those of the
   * target when it exists): not those of {@link Files#createTempFile}, which only its owner may read.
   */
  private static Path temporaryFile(Path target) throws IOException {
    Path folder = target.getParent();
    for (int attempt = 0; ; attempt++) {
      Path temporary = folder.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
      try {
        Files.createFile(temporary);
      } catch (FileAlreadyExistsException e) {
        if (attempt < 100) {
          continue;
        }
        throw e;
      }
      if (Files.exists(target) && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
      }
      return temporary;
    }
  }

  /** Writes a text, whole or not at all. */
  void write(String text) throws WriteException {
    write(out -> out.write(text));
  }

  /** Why an I/O operation failed, without the name of a temporary file. */
  private static String reason(IOException e, Path folder, Locale locale) {
    if (e instanceof AccessDeniedException) {
      return Words.FOLDER_DENIED.format(locale, folder);
    }
    if (e instanceof NoSuchFileException) {
      return Words.FOLDER_MISSING.format(locale, folder);
    }
    if (e instanceof FileSystemException) {
      return Optional.ofNullable(((FileSystemException) e).getReason()).orElse(e.getClass().getSimpleName());
    }
    return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
  }
}
