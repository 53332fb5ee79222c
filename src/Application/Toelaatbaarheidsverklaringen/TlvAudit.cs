namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;

internal static class TlvAudit
{
    public const string Soort = "toelaatbaarheidsverklaring";
    public const string Doel = "Toelaatbaarheid tot het speciaal (basis)onderwijs of praktijkonderwijs (passend onderwijs)";
}
