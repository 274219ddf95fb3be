namespace Claimgraph.Lexicon;

/// <summary>
/// An inflected form the entity lexicon adds to names of one kind (language.yaml `name_inflections`):
/// "Russlands", "Kiews", "Putins" (a genitive -s), "Nordkoreanern" (a dative plural -n). A name
/// ending in one of <see cref="ExceptAfter"/> takes none ("Donbas", "Schweiz"); one not ending in
/// one of <see cref="OnlyAfter"/>, when given, takes none either.
/// </summary>
public sealed record NameInflection(
    IReadOnlySet<NameKind> Kinds,
    string Suffix,
    IReadOnlyList<string> ExceptAfter,
    IReadOnlyList<string> OnlyAfter,
    bool SingleWord,
    bool Genitive)
{
    /// <summary>The inflected form of <paramref name="name"/>, or null where this inflection does not apply to it.</summary>
    public string? Form(NameKind kind, string name)
    {
        if (!Kinds.Contains(kind) || (SingleWord && name.Contains(' ')))
        {
            return null;
        }

        if (WordEndings.EndsWithAny(name, ExceptAfter) || (OnlyAfter.Count > 0 && !WordEndings.EndsWithAny(name, OnlyAfter)))
        {
            return null;
        }

        return name + Suffix;
    }
}
