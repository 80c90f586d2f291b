import { Node } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { signatureAttrsSchema, type SignatureAttrs } from '../../../../src-main/core/contract/index.js';
import { jsonAttribute, readJsonAttrs } from './json-attrs';

/** Holds the block's attributes as JSON when it is copied, so pasting it back restores it exactly. */
export const SIGNATURE_HTML_ATTRIBUTE = 'data-report-signature';

export const EMPTY_SIGNATURE: SignatureAttrs = { name: '', designation: '', place: '', date: '' };

function SignatureView({ node }: ReactNodeViewProps) {
  const { t } = useTranslation('reportEditor');
  // The schema below gives every attribute, so the node's attrs always have this shape.
  const { name, designation, place, date } = node.attrs as SignatureAttrs;
  return (
    <NodeViewWrapper className="report-block report-signature" role="group" aria-label={t('signature.label')}>
      <div className="report-signature__where">
        {place && <p>{t('signature.place', { place })}</p>}
        {date && <p>{t('signature.date', { date })}</p>}
      </div>
      <div className="report-signature__who">
        {name ? <p className="report-signature__name">{name}</p> : <p className="report-signature__placeholder">{t('signature.placeholder')}</p>}
        {designation && <p>{designation}</p>}
      </div>
    </NodeViewWrapper>
  );
}

const readSignatureAttrs = (element: HTMLElement) => readJsonAttrs(element, SIGNATURE_HTML_ATTRIBUTE, signatureAttrsSchema);
const attribute = (name: keyof SignatureAttrs) => jsonAttribute(readSignatureAttrs, name, '');

/** Outside the editor (for example pasted into a word processor) the block reads as plain lines. */
function signatureHtml(attrs: SignatureAttrs): DOMOutputSpec {
  const lines = [attrs.place, attrs.date, attrs.name, attrs.designation].filter((line) => line !== '');
  return ['div', { [SIGNATURE_HTML_ATTRIBUTE]: JSON.stringify(attrs) }, ...lines.map((line): DOMOutputSpec => ['p', line])];
}

/** The secretary's signature: place, date, name and designation, filled in when the report is finalised. */
export const SignatureBlock = Node.create({
  name: 'signatureBlock',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      name: attribute('name'),
      designation: attribute('designation'),
      place: attribute('place'),
      date: attribute('date'),
    };
  },

  parseHTML() {
    return [{ tag: `div[${SIGNATURE_HTML_ATTRIBUTE}]`, getAttrs: (element) => (readSignatureAttrs(element) ? null : false) }];
  },

  renderHTML({ node }) {
    return signatureHtml(node.attrs as SignatureAttrs);
  },

  addNodeView() {
    return ReactNodeViewRenderer(SignatureView);
  },
});
