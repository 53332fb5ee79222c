namespace PassendOnderwijs.Api.OpenApi;

/// <summary>How a query or path parameter is documented in the contract (pattern, example, description).</summary>
internal sealed record ParameterBeschrijving(string Naam, string Beschrijving, string? Patroon, string Voorbeeld, string? Formaat = null);

internal static class ContractParameters
{
    public static readonly ParameterBeschrijving Leerjaar = new(
        "leerjaar",
        "Het leerjaar (schooljaar, 1 augustus tot en met 31 juli), als twee opeenvolgende jaren. Standaard: het huidige leerjaar.",
        "^[0-9]{4}-[0-9]{4}$",
        "2026-2027");

    public static readonly ParameterBeschrijving ExpertiseCode = new(
        "code",
        "Een code uit RIO's waardelijst \"Expertises so, vso\".",
        "^[A-Z][A-Z0-9_]*$",
        "AUTISMESPECTRUMSTOORNISSEN");

    public static readonly ParameterBeschrijving GebruikerId = new(
        "id", "Het id van het account.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    public static readonly ParameterBeschrijving ClientId = new(
        "clientId", "De client_id van de koppeling.", Patroon: null, "k-1a2b3c4d5e6f7a8b");

    public static TBuilder MetParameter<TBuilder>(this TBuilder builder, ParameterBeschrijving parameter)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(parameter);
}
