namespace Claimgraph.Text;

/// <summary>
/// Shares the strings of frequent token forms ("der", "soldaten", ","): a token's lower-case form
/// is built in a stack buffer and looked up by span, so a word seen before costs no allocation.
/// One pool per thread (a lookup takes no lock and hashes without randomisation); each stops
/// taking new forms at <see cref="Capacity"/> so a long stream of rare words (names, numbers)
/// cannot grow it without bound.
/// </summary>
internal static class TokenStringPool
{
    public const int Capacity = 100_000;
    private const int MaxPooledLength = 48;

    [ThreadStatic]
    private static Dictionary<string, string>? t_strings;

    /// <summary>The string for these characters, lower-cased when <paramref name="lower"/>.</summary>
    public static string Of(ReadOnlySpan<char> chars, bool lower)
    {
        if (chars.Length > MaxPooledLength)
        {
            return lower ? chars.ToString().ToLowerInvariant() : chars.ToString();
        }

        Span<char> buffer = stackalloc char[chars.Length];
        if (lower)
        {
            chars.ToLowerInvariant(buffer);
        }
        else
        {
            chars.CopyTo(buffer);
        }

        var strings = t_strings ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var bySpan = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (bySpan.TryGetValue(buffer, out var shared))
        {
            return shared;
        }

        var created = buffer.ToString();
        if (strings.Count < Capacity)
        {
            strings.Add(created, created);
        }

        return created;
    }
}
