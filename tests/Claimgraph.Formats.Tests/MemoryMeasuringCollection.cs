namespace Claimgraph.Formats.Tests;

/// <summary>Tests that measure the process's memory run alone: other tests' allocations would count too.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasuringCollection
{
    public const string Name = "memory measuring";
}
