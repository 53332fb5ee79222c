using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Aanmeldingen.Queries.GeefAanmeldingen;

/// <summary>Every filter is read here, once, with every problem in one 400; the handler only looks the codes up.</summary>
public sealed class GeefAanmeldingenValidator : AbstractValidator<GeefAanmeldingenQuery>
{
    public GeefAanmeldingenValidator()
    {
        RuleFor(q => q.Status).MoetVoldoenAan(s => AanmeldingStatusCodes.Lijst.Lees(s, "status", "status")).When(q => q.Status is not null);
        RuleFor(q => q.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging")).When(q => q.Vestiging is not null);
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(AanmeldingCursor.MaximalePageSize);
    }
}
