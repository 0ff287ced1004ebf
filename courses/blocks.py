"""StreamField blocks for lessons: what a teacher needs to explain, show, check and cite."""

from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from core.blocks import TEXT_FEATURES, FilledRichTextBlock, HeadingBlock, ParagraphBlock


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for those who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        template = "courses/blocks/image.html"
        label = _("Image")
        help_text = _("An image with a required text alternative.")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label=_("Video address"), help_text=_("For example a YouTube or Vimeo link.")
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=TEXT_FEATURES,
        help_text=_("Everything said in the video, for those who cannot hear it."),
    )

    class Meta:
        icon = "media"
        template = "courses/blocks/video.html"
        label = _("Video")
        help_text = _("An embedded video with a required transcript.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("legal", _("Legal note"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = FilledRichTextBlock(label=_("Text"), features=TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "courses/blocks/callout.html"
        label = _("Callout")
        help_text = _("A highlighted box: a tip, a warning, or a note on the law.")
        preview_value = {
            "kind": "legal",
            "title": "Anskaffelsesloven § 4",
            "text": "<p>Oppdragsgiver skal opptre i samsvar med grunnleggende prinsipper.</p>",
        }


class KeyTakeawaysBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(blocks.CharBlock(label=_("Takeaway")), **kwargs)

    class Meta:
        icon = "tick-inverse"
        template = "courses/blocks/key_takeaways.html"
        label = _("Key takeaways")
        help_text = _("Three to five short sentences the learner should remember.")
        preview_value = ["Beskriv behovet, ikke løsningen.", "Snakk med markedet tidlig."]


class ReflectionBlock(blocks.CharBlock):
    class Meta:
        icon = "help"
        template = "courses/blocks/reflection.html"
        label = _("Reflection question")
        help_text = _("A question the learner thinks about for their own organisation.")
        preview_value = "Hvem i kommunen din eier behovet dere skal kjøpe for?"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"))

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/checklist.html"
        label = _("Checklist")
        help_text = _("Steps or checks the learner can use at work.")
        preview_value = {
            "title": "Før dialogkonferansen",
            "items": ["Behovet er beskrevet", "Invitasjonen er kunngjort i Doffin"],
        }


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    text = FilledRichTextBlock(label=_("Text"), features=TEXT_FEATURES)


class AccordionBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(AccordionItemBlock(), **kwargs)

    class Meta:
        icon = "collapse-down"
        template = "courses/blocks/accordion.html"
        label = _("Accordion")
        help_text = _("Sections the learner opens one by one, such as definitions or questions.")
        preview_value = [
            {
                "title": "Hva er en funksjonsbeskrivelse?",
                "text": "<p>Den sier hva som skal oppnås, ikke hvordan.</p>",
            }
        ]


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/document.html"
        label = _("Document download")
        help_text = _("A template or guide the learner can download.")


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    url = blocks.URLBlock(label=_("Web address"))


class SourcesBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(SourceBlock(), **kwargs)

    class Meta:
        icon = "link"
        template = "courses/blocks/sources.html"
        label = _("Sources")
        help_text = _("Where the facts in the lesson come from: title and web address.")
        preview_value = [{"title": "Anskaffelser.no (DFØ)", "url": "https://anskaffelser.no"}]


class CaseReferenceBlock(blocks.StructBlock):
    """A real case from the case database that illustrates the lesson. Choosing the page (not
    pasting a link) puts the lesson in Wagtail's reference index, so the case page can list
    the lessons that cite it."""

    case = blocks.PageChooserBlock(page_type="cases.CasePage", label=_("Case"))
    note = blocks.CharBlock(
        label=_("Why it matters here"), required=False, help_text=_("One sentence.")
    )

    class Meta:
        icon = "folder-open-inverse"
        template = "courses/blocks/case_reference.html"
        label = _("Case reference")
        help_text = _("Choose a case from the case database that illustrates the lesson.")


class LessonBody(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    key_takeaways = KeyTakeawaysBlock()
    reflection = ReflectionBlock()
    checklist = ChecklistBlock()
    accordion = AccordionBlock()
    document = DocumentBlock()
    case_reference = CaseReferenceBlock()
    sources = SourcesBlock()

    def clean(self, value):
        value = super().clean(value)
        if value and not any(child.block_type == "paragraph" for child in value):
            raise blocks.StreamBlockValidationError(
                non_block_errors=ErrorList([_("A lesson needs at least one text block.")])
            )
        return value
