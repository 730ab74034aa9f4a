"""mkdocs-macros module for the hand-written pages (those that opt in with ``render_macros: true``).

The macros read the site the briefing plugin built in this same MkDocs run.
Generated article pages never opt in, so article text is never rendered as Jinja.
"""

from __future__ import annotations

from generator.cite import citations, proper_words
from generator.index import Site, slugify
from generator.render import md_escape


def define_env(env):
    def site() -> Site:
        plugin = env.conf["plugins"]["briefing"]
        if plugin.site is None:
            raise RuntimeError("the briefing plugin has not run: list it before 'macros' in mkdocs.yml")
        return plugin.site

    @env.macro
    def briefing_figures() -> dict:
        """Counts for the home page."""
        s = site()
        return {"articles": len(s.articles), "actors": len(s.actors), "events": len(s.events)}

    @env.macro
    def latest_articles(count: int = 5) -> str:
        """A Markdown list of the newest articles, linked."""
        return "\n".join(
            f"- [{md_escape(a.title)}](articles/{a.slug}.md): {md_escape(a.publication)}, {a.published.display()}"
            for a in site().articles[:count])

    @env.macro
    def actor_link(name: str) -> str:
        """A link to an actor's page by name or id; fails the build if there is no such actor."""
        s = site()
        wanted = slugify(name)
        actor = next((a for a in s.actors if a.id == wanted or slugify(a.name) == wanted), None)
        if actor is None:
            raise ValueError(f"actor_link: no actor named {name!r}")
        return f"[{md_escape(actor.name)}](actors/{actor.id}.md)"

    @env.macro
    def event_link(event_id: str) -> str:
        """A link to an event's page by id; fails the build if there is no such event."""
        event = next((e for e in site().events if e.id == event_id), None)
        if event is None:
            raise ValueError(f"event_link: no event with id {event_id!r}")
        return f"[{md_escape(event.title)}](events/{event.period}.md#{event.id}) ({event.date.display()})"

    @env.macro
    def citation_example() -> str:
        """The citations the newest article's page shows, exactly as it shows them: docs that cannot drift."""
        s = site()
        if not s.articles:
            return "*(no article yet)*"
        article = s.articles[0]
        cited = env.conf["plugins"]["briefing"].edition.cited(article)
        actors = [s.actor(i) for i in s.article_actors[article.slug]]
        return "\n".join(f"- **{style}**: {md_escape(text)}"
                         for style, text in citations(article, cited, proper_words(actors)).items())
