import { CharacterCount as CharacterCount_8be1c7aa33c63973332dfac12822ff5a } from '../../../src/newsroom/components/CharacterCount'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { ViewsCell as ViewsCell_25f09361d991f946683fc06f1f219792 } from '../../../src/newsroom/components/ViewsCell'
import { AddCorrection as AddCorrection_615113c0424b057f5bfaa04be2f46e46 } from '../../../src/newsroom/components/AddCorrection'
import { ShareLinks as ShareLinks_6ebac887abfa24c14fcffabb961a7809 } from '../../../src/newsroom/components/ShareLinks'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PublishOrSubmit as PublishOrSubmit_f4d118b02bcc198aaf8c30c078874c93 } from '../../../src/newsroom/components/PublishOrSubmit'
import { CreditCell as CreditCell_3058fe54e4cacf09e9203c248de0fa79 } from '../../../src/newsroom/components/CreditCell'
import { SendTestEvent as SendTestEvent_e39cf2aea33f08ba36107fc0c60e4c68 } from '../../../src/newsroom/components/SendTestEvent'
import { DeliveryLog as DeliveryLog_fafb8f01b2e3997c8a8b140805480ded } from '../../../src/newsroom/components/DeliveryLog'
import { Icon as Icon_70470530d1efbf23a3ec825a34150981 } from '../../../src/newsroom/components/Icon'
import { Logo as Logo_9224eef699dd6a5f85afef9a08e53402 } from '../../../src/newsroom/components/Logo'
import { Desk as Desk_bd6dc0c850ae55d719aef57045d5203d } from '../../../src/newsroom/components/Desk'
import { UntrustedAddressNotice as UntrustedAddressNotice_4a632d1f6d309c6b1e97575e4f9db860 } from '../../../src/newsroom/components/UntrustedAddressNotice'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/newsroom/components/CharacterCount#CharacterCount": CharacterCount_8be1c7aa33c63973332dfac12822ff5a,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "/src/newsroom/components/ViewsCell#ViewsCell": ViewsCell_25f09361d991f946683fc06f1f219792,
  "/src/newsroom/components/AddCorrection#AddCorrection": AddCorrection_615113c0424b057f5bfaa04be2f46e46,
  "/src/newsroom/components/ShareLinks#ShareLinks": ShareLinks_6ebac887abfa24c14fcffabb961a7809,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/src/newsroom/components/PublishOrSubmit#PublishOrSubmit": PublishOrSubmit_f4d118b02bcc198aaf8c30c078874c93,
  "/src/newsroom/components/CreditCell#CreditCell": CreditCell_3058fe54e4cacf09e9203c248de0fa79,
  "/src/newsroom/components/SendTestEvent#SendTestEvent": SendTestEvent_e39cf2aea33f08ba36107fc0c60e4c68,
  "/src/newsroom/components/DeliveryLog#DeliveryLog": DeliveryLog_fafb8f01b2e3997c8a8b140805480ded,
  "/src/newsroom/components/Icon#Icon": Icon_70470530d1efbf23a3ec825a34150981,
  "/src/newsroom/components/Logo#Logo": Logo_9224eef699dd6a5f85afef9a08e53402,
  "/src/newsroom/components/Desk#Desk": Desk_bd6dc0c850ae55d719aef57045d5203d,
  "/src/newsroom/components/UntrustedAddressNotice#UntrustedAddressNotice": UntrustedAddressNotice_4a632d1f6d309c6b1e97575e4f9db860,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
