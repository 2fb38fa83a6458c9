/** @jsxRuntime classic */
/** @jsx createElement */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the JSX pragma uses it.
import { createElement } from '@wordpress/element';
import { registerBlockType } from '@wordpress/blocks';
import { Edit } from '../../editor/edit.js';
import metadata from './block.json';

registerBlockType(metadata.name, {
  edit: (props) => <Edit {...props} metadata={metadata} />,
  save: () => null,
});
