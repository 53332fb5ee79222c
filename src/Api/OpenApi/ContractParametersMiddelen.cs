namespace PassendOnderwijs.Api.OpenApi;

/// <summary>The path parameters of the regional portfolio's middelen and samenwerkingsprojecten, and the teldatum of the beleidsinformatie.</summary>
internal static partial class ContractParameters
{
    public static readonly ParameterBeschrijving ToekenningId = new(
        "id", "Het id van de toekenning van middelen.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving VerantwoordingId = new(
        "id", "Het id van de verantwoording.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving Teldatum = new(
        "teldatum", "De teldatum: 1 oktober van een jaar, als jjjj-mm-dd.", "^[0-9]{4}-10-01$", "2026-10-01");

    public static readonly ParameterBeschrijving ProjectId = new(
        "id", "Het id van het samenwerkingsproject.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");
}
