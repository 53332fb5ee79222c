using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.GeefAanbiederWijzigingen;

public sealed class GeefAanbiederWijzigingenValidator : AbstractValidator<GeefAanbiederWijzigingenQuery>
{
    public GeefAanbiederWijzigingenValidator()
    {
        RuleFor(q => q.Token).MoetWijzigingenTokenZijn();
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(AanbiederZoekregels.MaximalePageSize);
    }
}
