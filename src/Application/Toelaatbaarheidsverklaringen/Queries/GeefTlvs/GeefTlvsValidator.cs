using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvs;

/// <summary>Every filter is read here, once, with every problem in one 400; the handler only looks the codes up.</summary>
public sealed class GeefTlvsValidator : AbstractValidator<GeefTlvsQuery>
{
    public GeefTlvsValidator()
    {
        RuleFor(q => q.Status).MoetVoldoenAan(s => TlvStatusCodes.Lijst.Lees(s, "status", "status")).When(q => q.Status is not null);
        RuleFor(q => q.Soort).MoetVoldoenAan(s => SoortToelaatbaarheidCodes.Lijst.Lees(s, "soort", "soort")).When(q => q.Soort is not null);
        RuleFor(q => q.Categorie).MoetVoldoenAan(c => BekostigingscategorieCodes.Lijst.Lees(c, "categorie", "categorie")).When(q => q.Categorie is not null);
        RuleFor(q => q.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging")).When(q => q.Vestiging is not null);
        RuleFor(q => q.Sorteer).MoetSorteringZijn(TlvSortering.Alle);
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(TlvCursor.MaximalePageSize);
    }
}
