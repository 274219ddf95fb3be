using AngleSharp.Dom;
using Claimgraph.Formats.Resources;

namespace Claimgraph.Formats.Html;

/// <summary>
/// What class, id and role attributes say about an element: content or page furniture. The hint
/// words are data (Resources/html/boilerplate-hints.txt), matched as lower-case substrings.
/// </summary>
public sealed class BoilerplateHints
{
    private static readonly Lazy<BoilerplateHints> LazyDefault = new(() => FromSections(ResourceText.Sections("html/boilerplate-hints.txt")));

    private static readonly char[] NonLetters = [.. Enumerable.Range(32, 96).Select(i => (char)i).Where(c => !char.IsAsciiLetter(c))];

    private readonly string[] _positive;
    private readonly string[] _negative;
    private readonly string[] _unlikely;
    private readonly string[] _maybe;
    private readonly string[] _neverContent;
    private readonly HashSet<string> _roles;

    public BoilerplateHints(IEnumerable<string> positive, IEnumerable<string> negative, IEnumerable<string> unlikely, IEnumerable<string> maybe, IEnumerable<string> roles, IEnumerable<string> neverContent)
    {
        _positive = [.. positive];
        _negative = [.. negative];
        _unlikely = [.. unlikely];
        _maybe = [.. maybe];
        _neverContent = [.. neverContent];
        _roles = new HashSet<string>(roles, StringComparer.OrdinalIgnoreCase);
    }

    public static BoilerplateHints Default => LazyDefault.Value;

    /// <summary>+25 for a content hint, -25 for a furniture hint, for class and id each.</summary>
    public int Weight(IElement element)
    {
        var weight = 0;
        var className = element.GetAttribute("class");
        if (!string.IsNullOrEmpty(className))
        {
            weight += WeightOf(className.ToLowerInvariant());
        }

        var id = element.Id;
        if (!string.IsNullOrEmpty(id))
        {
            weight += WeightOf(id.ToLowerInvariant());
        }

        return weight;
    }

    /// <summary>Furniture by its class, id or role (navigation, comments, share bars, …) and not also marked as content.</summary>
    public bool IsUnlikely(IElement element)
    {
        var role = element.GetAttribute("role");
        if (role is not null && _roles.Contains(role))
        {
            return true;
        }

        var match = ((element.GetAttribute("class") ?? "") + " " + (element.Id ?? "")).ToLowerInvariant();
        if (match.Length <= 1)
        {
            return false;
        }

        return Contains(match, _unlikely) && !HasMaybePart(match);
    }

    /// <summary>Furniture that is never article text whatever else the page looks like: comments, cookie banners, recommendation widgets.</summary>
    public bool IsNeverContent(IElement element)
    {
        var match = ((element.GetAttribute("class") ?? "") + " " + (element.Id ?? "")).ToLowerInvariant();
        return match.Length > 1 && Contains(match, _neverContent) && !HasMaybePart(match);
    }

    public bool IsNegative(string classAndId) => Contains(classAndId.ToLowerInvariant(), _negative);

    private int WeightOf(string value)
    {
        var weight = 0;
        if (Contains(value, _negative))
        {
            weight -= 25;
        }

        if (Contains(value, _positive))
        {
            weight += 25;
        }

        return weight;
    }

    /// <summary>
    /// A word of the class or id (split at anything not a letter) is a content word or starts with
    /// one ("articlebody"); a plural ("related-articles") names a list of other content and does not count.
    /// </summary>
    private bool HasMaybePart(string classAndId)
    {
        foreach (var part in classAndId.Split(NonLetters, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var word in _maybe)
            {
                if (part == word || (word.Length >= 4 && part.StartsWith(word, StringComparison.Ordinal) && part != word + "s"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Contains(string value, string[] hints)
    {
        foreach (var hint in hints)
        {
            if (value.Contains(hint, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static BoilerplateHints FromSections(IReadOnlyDictionary<string, IReadOnlyList<string>> sections)
    {
        IReadOnlyList<string> Get(string key) => sections.TryGetValue(key, out var list) ? list : [];
        return new BoilerplateHints(Get("positive"), Get("negative"), Get("unlikely"), Get("maybe"), Get("roles"), Get("never-content"));
    }
}
