using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Application.IntegrationTests;

/// <summary>The caller of a use case in these tests, set by the test instead of read from a token.</summary>
public sealed class TestAanroeper : IHuidigeGebruiker
{
    public SoortAanroeper Soort { get; set; } = SoortAanroeper.Anoniem;

    public string? Id { get; set; }

    public string? Naam { get; set; }

    public string? Samenwerkingsverband { get; set; }

    public IReadOnlyList<string> Rollen { get; set; } = [];

    public IReadOnlyList<string> Vestigingen { get; set; } = [];

    public IReadOnlyList<string> Scopes { get; set; } = [];

    public IReadOnlyList<string> Functies { get; set; } = [];
}
