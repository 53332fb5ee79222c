namespace PassendOnderwijs.Api.OpenApi;

/// <summary>The path parameters of the regional portfolio's middelen and samenwerkingsprojecten.</summary>
internal static partial class ContractParameters
{
    public static readonly ParameterBeschrijving ToekenningId = new(
        "id", "Het id van de toekenning van middelen.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving VerantwoordingId = new(
        "id", "Het id van de verantwoording.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving ProjectId = new(
        "id", "Het id van het samenwerkingsproject.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");
}
