using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Claimgraph.Lexicon;

/// <summary>
/// Remembers facts about word forms, keyed by the string instance: a token's lower-case form is the one shared string of
/// <c>TokenStringPool</c>, so a word seen before is answered by its identity hash and one comparison of references,
/// without hashing its characters. A direct-mapped table: a form may push out another that shares its slot (which is
/// then only computed again). Only facts that depend on the word form alone may be remembered.
/// </summary>
/// <typeparam name="T">The facts kept per form; they carry their form, so a slot is replaced whole.</typeparam>
internal sealed class FormMemo<T>
    where T : FormFacts
{
    private readonly T?[] _slots;

    /// <param name="slots">How many forms the memo holds at most: a power of two.</param>
    public FormMemo(int slots)
    {
        if (slots <= 0 || (slots & (slots - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slots), slots, "The number of slots must be a power of two.");
        }

        _slots = new T?[slots];
    }

    /// <summary>The facts remembered for this string instance, if its slot still holds them.</summary>
    public bool TryGet(string form, [NotNullWhen(true)] out T? facts)
    {
        facts = _slots[RuntimeHelpers.GetHashCode(form) & (_slots.Length - 1)];
        return facts is not null && ReferenceEquals(facts.Form, form);
    }

    /// <summary>Keeps <paramref name="facts"/> in its form's slot and returns them.</summary>
    public T Remember(T facts) => _slots[RuntimeHelpers.GetHashCode(facts.Form) & (_slots.Length - 1)] = facts;
}
