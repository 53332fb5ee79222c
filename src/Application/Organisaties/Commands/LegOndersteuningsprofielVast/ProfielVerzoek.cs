using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Commands.LegOndersteuningsprofielVast;

/// <summary>
/// Reads the request: the school named in the path and the profile as the body. The body is the shared IVO fields
/// (<see cref="IvoVeldenDto"/>, schema IvoVelden), so this reader has no record of its own.
/// </summary>
public static class ProfielVerzoek
{
    public static Result<Profielwijziging> Lees(string? vestiging, IvoVeldenDto? profiel) =>
        Lezen.Samen(VestigingCode.Parse(vestiging, "vestiging"), LeesProfiel(profiel), (school, velden) => new Profielwijziging(school, velden));

    private static Result<IvoVelden> LeesProfiel(IvoVeldenDto? profiel) =>
        profiel is null
            ? Fout.Ongeldig("ondersteuningsprofiel-vereist", "Beschrijf het ondersteuningsprofiel op de vijf velden.", "ondersteuningsprofiel")
            : IvoVeldenDto.Lees(profiel, "ondersteuningsprofiel");
}

/// <summary>A school's new ondersteuningsprofiel.</summary>
public sealed record Profielwijziging(VestigingCode Vestiging, IvoVelden Profiel);
