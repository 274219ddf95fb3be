namespace Claimgraph.Extraction;

/// <summary>Groups of the contract's measures that the claim logic asks about (the measure names are language-free).</summary>
internal static class MeasureGroups
{
    /// <summary>Weapons and munitions: equipment that is supplied, fired, shot down, destroyed or captured.</summary>
    public static readonly HashSet<string> Weapons =
        ["howitzers", "rocket_launchers", "ballistic_missiles", "missiles", "artillery_shells", "tanks", "armored_vehicles", "drones"];

    /// <summary>Weapons that are vehicles or launchers themselves, not what they fire: a stand-in noun compounded with one of
    /// them counts it ("eine HIMARS-Startanlage"; an "Iskander-Startanlage" is no missile).</summary>
    public static readonly HashSet<string> Platforms = ["howitzers", "rocket_launchers", "tanks", "armored_vehicles"];
}
