namespace PassendOnderwijs.Application.Begeleidingsaanbod;

internal static class AanbiederAudit
{
    public const string Soort = "onderwijsbegeleidingsaanbieder";
    public const string Doel = "Beheer van het register van onderwijsbegeleidingsaanbieders";
}
