using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppWijzigingen;

public sealed class GeefOppWijzigingenValidator : AbstractValidator<GeefOppWijzigingenQuery>
{
    public GeefOppWijzigingenValidator()
    {
        RuleFor(q => q.Token).MoetWijzigingenTokenZijn();
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(Syncfeed.MaximalePageSize);
    }
}
