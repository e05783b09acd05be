using System.Text;

namespace BudgetGraph.Parsing.Text;

/// <summary>
/// Turns the bytes of a disclosure into text. The publishers use UTF-8 (with or without BOM) or GB18030/GBK; both
/// are decoded strictly (an invalid byte is an error, never a silent U+FFFD) so that a GB18030 copy of a file reads
/// exactly like its UTF-8 original. Everything else (UTF-16, binary files) is rejected with the reason.
/// </summary>
public static class DisclosureDecoder
{
    public const string Utf8Name = "UTF-8";
    public const string Gb18030Name = "GB18030";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // GB18030 comes from the code-pages provider, which must be registered before the encoding is asked for.
    private static readonly Encoding StrictGb18030 = RegisterCodePagesAndGet("GB18030");

    private static Encoding RegisterCodePagesAndGet(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>Decodes <paramref name="content"/> or throws <see cref="DisclosureParseException"/> naming file, line and reason.</summary>
    public static DecodedText Decode(string fileName, byte[] content)
    {
        if (content.Length == 0 || content.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            throw new DisclosureParseException(fileName, 0, "the file is empty");

        if (StartsWith(content, 0xFF, 0xFE, 0x00, 0x00) || StartsWith(content, 0x00, 0x00, 0xFE, 0xFF))
            throw new DisclosureParseException(fileName, 0, "the file is UTF-32 (byte order mark found); only UTF-8 and GB18030 are accepted");
        if (StartsWith(content, 0xFF, 0xFE) || StartsWith(content, 0xFE, 0xFF))
            throw new DisclosureParseException(fileName, 0, "the file is UTF-16 (byte order mark found); only UTF-8 and GB18030 are accepted");

        var nul = Array.IndexOf(content, (byte)0);
        if (nul >= 0)
        {
            // UTF-16 without BOM puts a NUL next to every ASCII character; anything else with NULs is binary.
            var reason = LooksLikeUtf16(content)
                ? "the file looks like UTF-16 (NUL bytes between characters); only UTF-8 and GB18030 are accepted"
                : "the file is binary, not text (NUL byte found)";
            throw new DisclosureParseException(fileName, LineAt(content, nul), reason);
        }

        var hasBom = StartsWith(content, 0xEF, 0xBB, 0xBF);
        var bomLength = hasBom ? 3 : 0;
        var body = content.AsSpan(bomLength);
        var text = TryDecode(StrictUtf8, body);
        var encodingName = Utf8Name;
        if (text is null)
        {
            var utf8Error = FirstBadByte(StrictUtf8, body);
            // Valid UTF-8 up to a character cut at the very end: the file was truncated.
            if (utf8Error == body.Length)
                throw new DisclosureParseException(fileName, LineAt(content, content.Length),
                    "the file is truncated: it ends inside a multi-byte character");
            if (hasBom) throw Invalid(fileName, content, utf8Error + bomLength, "UTF-8");

            text = TryDecode(StrictGb18030, body);
            if (text is null)
            {
                var gbError = FirstBadByte(StrictGb18030, body);
                var reason = gbError == body.Length
                    ? "the file is truncated: it ends inside a multi-byte character"
                    : $"the file is neither UTF-8 nor GB18030 text (invalid byte 0x{body[Math.Max(utf8Error, gbError)]:X2})";
                throw new DisclosureParseException(fileName, LineAt(content, Math.Max(utf8Error, gbError) + bomLength), reason);
            }
            encodingName = Gb18030Name;
        }

        RejectControlCharacters(fileName, text);
        // GB18030 has a byte order mark too (84 31 95 33); it decodes to U+FEFF and is no part of the text.
        return new DecodedText(text.TrimStart('\uFEFF'), encodingName);
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// Index of the first byte that cannot be decoded, or the length when every byte decodes but the last character is
    /// incomplete. Binary search over prefixes: a prefix decodes (without flushing) until it contains the bad byte.
    /// </summary>
    private static int FirstBadByte(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        if (Decodes(encoding, bytes)) return bytes.Length;
        int good = 0, bad = bytes.Length;
        while (bad - good > 1)
        {
            var mid = (good + bad) / 2;
            if (Decodes(encoding, bytes[..mid])) good = mid; else bad = mid;
        }
        return bad - 1;
    }

    private static bool Decodes(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        var decoder = encoding.GetDecoder();
        var chars = new char[encoding.GetMaxCharCount(bytes.Length) + 4];
        try
        {
            decoder.GetChars(bytes, chars, flush: false);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static void RejectControlCharacters(string fileName, string text)
    {
        // One vectorised search of the whole text; lines are counted only when a character is refused.
        var at = text.AsSpan().IndexOfAny(Binary);
        if (at < 0) return;
        var line = text.AsSpan(0, at).Count('\n') + 1;
        throw new DisclosureParseException(fileName, line, $"the file is binary, not text (control character U+{(int)text[at]:X4})");
    }

    /// <summary>
    /// The characters that make a file binary: every control character (<see cref="char.IsControl(char)"/>: U+0000–U+001F
    /// and U+007F–U+009F) but line breaks, tabs and form feeds (page breaks left by PDF extraction: whitespace), and the
    /// replacement character U+FFFD.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Binary = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)
            .Where(c => c is not ('\n' or '\t' or '\r' or '\f' or '\v')).Append('\uFFFD').ToArray());

    private static DisclosureParseException Invalid(string fileName, byte[] content, int offset, string encoding) =>
        new(fileName, LineAt(content, offset), $"invalid {encoding} byte 0x{content[Math.Min(offset, content.Length - 1)]:X2}");

    /// <summary>
    /// UTF-16 puts the NUL half of every ASCII character (line breaks, tabs, digits) always on the same side of a
    /// byte pair; NULs in a binary file fall anywhere.
    /// </summary>
    private static bool LooksLikeUtf16(byte[] content)
    {
        var sample = Math.Min(content.Length, 4096);
        int even = 0, odd = 0;
        for (var i = 0; i < sample; i++)
            if (content[i] == 0) { if (i % 2 == 0) even++; else odd++; }
        var nuls = even + odd;
        return nuls >= 4 && Math.Max(even, odd) >= nuls * 0.95;
    }

    private static int LineAt(byte[] content, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < content.Length; i++) if (content[i] == (byte)'\n') line++;
        return line;
    }

    private static bool StartsWith(byte[] content, params byte[] prefix) =>
        content.Length >= prefix.Length && content.AsSpan(0, prefix.Length).SequenceEqual(prefix);
}
