using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.RegistreerAanbieder;

/// <summary>
/// The request body. Its attributes write the domain's rules into the contract; <see cref="Lees"/> applies the
/// domain's own rules (<see cref="Onderwijsbegeleidingsaanbieder.Controleer"/>), reporting every problem at once.
/// </summary>
public sealed record NieuweAanbiederVerzoek(
    [property: Required, RegularExpression(ObaCode.Patroon)] string? Code,
    [property: Required, MaxLength(Onderwijsbegeleidingsaanbieder.MaximaleLengteNaam)] string? Naam,
    [property: MaxLength(Onderwijsbegeleidingsaanbieder.MaximaleLengteInternationaleNaam)] string? InternationaleNaam,
    [property: Required] DateOnly? Inbedrijfdatum,
    [property: Required, MaxLength(Onderwijsbegeleidingsaanbieder.MaximaleLengteBestuur)] string? Bestuur,
    [property: Required] ErkenningInvoer? Erkenning,
    [property: Required, MinLength(1), MaxLength(CommunicatiecontextInvoer.Maximum)] IReadOnlyList<CommunicatiecontextInvoer?>? Communicatiecontexten)
{
    public Result<Aanbiederregistratie> Lees()
    {
        var erkenning = ErkenningInvoer.Lees(Erkenning);
        var contexten = CommunicatiecontextInvoer.LeesAlle(Communicatiecontexten);
        var fouten = Onderwijsbegeleidingsaanbieder.Controleer(Code, Naam, InternationaleNaam, Bestuur, erkenning, contexten).ToList();
        if (Inbedrijfdatum is null)
        {
            fouten.Add(Fout.Ongeldig("inbedrijfdatum-vereist", "Geef de datum op waarop de aanbieder in bedrijf ging.", "inbedrijfdatum"));
        }

        // With no rule broken, every part could be read (the rules include the erkenning's and the contexts' own).
        return fouten.Count > 0
            ? Result<Aanbiederregistratie>.Mislukt(fouten)
            : Lezen.Samen(
                erkenning,
                Lezen.Elk(contexten, (context, _) => context),
                (gelezen, gelezenContexten) => new Aanbiederregistratie(
                    Code, Naam, InternationaleNaam, Inbedrijfdatum.GetValueOrDefault(), Bestuur, gelezen, gelezenContexten));
    }
}

/// <summary>
/// A registration that meets the rules. The texts are as they were sent: the aggregate trims them and checks them
/// once more when it registers (<see cref="Onderwijsbegeleidingsaanbieder.Registreer"/>).
/// </summary>
public sealed record Aanbiederregistratie(
    string? Code,
    string? Naam,
    string? InternationaleNaam,
    DateOnly Inbedrijfdatum,
    string? Bestuur,
    Onderwijsinstellingserkenning Erkenning,
    IReadOnlyList<Communicatiecontext> Communicatiecontexten);
