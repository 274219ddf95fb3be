namespace Claimgraph.Storage.Sqlite;
internal static class Probe { }
