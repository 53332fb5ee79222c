using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementWijzigingen;

public sealed class GeefArrangementWijzigingenValidator : AbstractValidator<GeefArrangementWijzigingenQuery>
{
    public GeefArrangementWijzigingenValidator()
    {
        RuleFor(q => q.Token).MoetWijzigingenTokenZijn();
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(Syncfeed.MaximalePageSize);
    }
}
