using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvWijzigingen;

public sealed class GeefTlvWijzigingenValidator : AbstractValidator<GeefTlvWijzigingenQuery>
{
    public GeefTlvWijzigingenValidator()
    {
        RuleFor(q => q.Token).MoetWijzigingenTokenZijn();
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(Syncfeed.MaximalePageSize);
    }
}
