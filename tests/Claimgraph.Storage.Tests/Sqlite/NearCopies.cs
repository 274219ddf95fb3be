namespace Claimgraph.Storage.Tests.Sqlite;

/// <summary>An article and a syndicated near copy of it (another headline, a small edit).</summary>
internal static class NearCopies
{
    private const string Body =
        "Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes rund 3.000 weitere Soldaten nach Russland geschickt. " +
        "Die Truppen seien im Laufe der vergangenen zwei Monate in mehreren Gruppen per Schiff und Flugzeug verlegt worden, teilte der Dienst am Donnerstag in Seoul mit. " +
        "Insgesamt befänden sich damit etwa 14.000 nordkoreanische Soldaten in Russland, die meisten von ihnen in der Region Kursk an der Grenze zur Ukraine. " +
        "Zuvor hatte der Geheimdienst die Zahl der Gefallenen und Verwundeten auf rund 4.000 geschätzt, darunter nach seinen Angaben auch mehrere Offiziere. " +
        "Die Regierung in Pjöngjang hat den Einsatz bislang nicht bestätigt, die Führung in Moskau äußerte sich zu den Berichten ebenfalls nicht. " +
        "Beobachter erwarten, dass die Truppen vor allem als Ersatz für Verluste in den vordersten Stellungen dienen sollen und dort weiter eingesetzt werden.";

    public static readonly string Original = "Seoul: Nordkorea schickt weitere Soldaten\n\n" + Body;

    public static readonly string Syndicated = "Geheimdienst: Tausende weitere Nordkoreaner an der Front\n\n" +
        Body.Replace("teilte der Dienst am Donnerstag in Seoul mit", "teilte der Dienst in Seoul mit", StringComparison.Ordinal);
}
